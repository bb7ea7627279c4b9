## admin messages (es)

## Admin center: layout
admin-center-title = Centro de administración
admin-nav-label = Centro de administración
admin-nav-domains = Dominios
admin-nav-hup = Facturación › Tus productos › Ventajas › HUP
admin-signed-in-as = Sesión iniciada como { $email }
admin-signout = Cerrar sesión
admin-landing-lead = Gestiona el Home Use Program de tu organización: demuestra tu dominio, conecta tu contrato de licencias y activa la ventaja para tus compañeros.

## Work accounts
admin-field-work-email = Dirección de correo del trabajo
admin-field-password = Contraseña
admin-field-password-hint = Al menos 10 caracteres.
admin-signin-title = Iniciar sesión en el centro de administración
admin-signin-button = Iniciar sesión
admin-no-account = ¿Todavía no tienes cuenta de administrador?
admin-signup-link = Crear una cuenta de administrador
admin-signup-title = Crear una cuenta de administrador
admin-signup-lead = Usa tu dirección de correo del trabajo. Te enviaremos allí un enlace para confirmarla. No se pueden usar direcciones de servicios de correo de consumo como gmail.com.
admin-signup-button = Crear cuenta
admin-signup-sent-title = Revisa tu buzón del trabajo
admin-signup-sent-body = Si la dirección se puede usar, hemos enviado un enlace de confirmación a { $email }. Ábrelo para activar tu cuenta.
admin-confirm-title = Confirma tu dirección del trabajo
admin-confirm-body = Pulsa el botón para confirmar esta dirección y activar tu cuenta de administrador.
admin-confirm-button = Confirmar mi dirección
admin-confirmed-title = Tu dirección está confirmada
admin-confirmed-body = Tu cuenta de administrador está activa. Inicia sesión para continuar.
admin-have-account = ¿Ya confirmada?

## Form errors
admin-error-invalid-token = Este enlace ya no es válido. Regístrate de nuevo para obtener otro.
admin-error-credentials = La dirección o la contraseña no son correctas.
admin-error-throttled = Demasiados intentos fallidos. Espera un cuarto de hora y vuelve a intentarlo.
admin-error-csrf = El formulario caducó. Inténtalo de nuevo.
admin-error-consumer-domain = { $domain } es un servicio de correo de consumo, no el dominio de una organización.
admin-error-invalid-email = Esta no es una dirección de correo del trabajo válida.
admin-error-invalid-domain = Este no es un dominio que una organización pueda poseer.
admin-error-password = La contraseña necesita al menos 10 caracteres.
admin-error-password-common = Esta contraseña es una de las más comunes. Elige otra.
admin-error-forbidden = Solo un administrador de una organización administrada puede hacer esto.
admin-error-unknown-customer = Ningún contrato de licencias tiene este número de cliente.
admin-error-conflict = Este número de cliente está conectado a otra organización, o la tuya ya está conectada a uno.

## Domains (R10, R12)
admin-domains-title = Dominios
admin-domains-lead = Demuestra que tu organización es dueña de su dominio: publica un registro TXT con el valor que se muestra y pulsa Verificar. Un dominio verificado convierte tu organización en administrada y a ti en su administrador.
admin-domains-empty = Todavía no hay dominios. Añade primero el dominio de tu dirección de correo del trabajo.
admin-domain-col-domain = Dominio
admin-domain-col-status = Estado
admin-domain-col-record = Valor del registro TXT
admin-domain-verified = Verificado
admin-domain-pending = Aún no verificado
admin-domain-verify = Verificar
admin-domain-add-label = Dominio, por ejemplo contoso.com
admin-domain-add-button = Añadir dominio
admin-domain-howto-title = Cómo publicar el registro
admin-domain-howto = En el panel de tu proveedor de DNS, añade al propio dominio (host «@») un registro de tipo TXT con exactamente el valor que se muestra. Los demás registros TXT pueden quedarse. Un registro nuevo puede tardar un rato en ser visible; si Verificar aún no lo encuentra, inténtalo más tarde.
admin-copy = Copiar
admin-copied = Copiado
admin-dns-no-such-domain = No existe ese dominio: los servidores de nombres no lo conocen.
admin-dns-no-record = El dominio aún no tiene ningún registro TXT.
admin-dns-wrong-value = Los registros TXT del dominio no contienen el valor que se muestra.
admin-dns-timeout = Los servidores de nombres no respondieron a tiempo. Inténtalo de nuevo en un momento.
admin-dns-lookup-failed = La consulta DNS falló. Inténtalo de nuevo en un momento.
admin-dns-held-elsewhere = Otra organización ya ha demostrado este dominio.
admin-verified-now = { $domain } está verificado. Tu organización está administrada y tú eres su administrador.
admin-members-note = Tu organización aún no está administrada. Cualquier persona de ella puede demostrar su dominio y convertirse así en su administrador.

## The HUP tab (R1, R9, R20, R21)
admin-hup-title = Home Use Program
admin-hup-breadcrumb = Facturación › Tus productos › Ventajas › HUP
admin-hup-unmanaged = Tu organización aún no está administrada: demuestra primero uno de sus dominios.
admin-hup-connect-title = Contrato de licencias
admin-hup-connect-lead = Conecta el número de cliente del contrato de licencias por volumen de tu organización.
admin-hup-customer-number = Número de cliente
admin-hup-connect-button = Conectar
admin-hup-connection-approved = Conectado al cliente { $number }.
admin-hup-connection-pending = El cliente { $number } espera la aprobación del operador del programa, porque la dirección de contacto del contrato no está en ninguno de tus dominios verificados.
admin-hup-verdict-title = ¿Tu organización cumple los requisitos?
admin-hup-eligible = Sí, tu organización cumple los requisitos.
admin-hup-not-eligible = No, tu organización no cumple los requisitos en este momento.
admin-hup-no-verdict = Conecta tu contrato de licencias para ver si tu organización cumple los requisitos.
admin-hup-no-data = Los datos de licencias de este cliente aún no se han cargado. En cuanto se carguen, el resultado aparecerá aquí.
admin-hup-awaiting-approval = El resultado aparecerá aquí en cuanto el operador del programa apruebe la conexión.
admin-hup-valid-until = Es válido hasta el { $date }.
admin-hup-because = Por:
admin-hup-criterion-a = Software Assurance activa en aplicaciones de Office aptas
admin-hup-criterion-b = Microsoft 365 E3 o E5 mediante Software Assurance
admin-hup-criterion-c = al menos 2.000 licencias de Microsoft 365 E3 y E5 para un cliente comercial o de la administración pública
admin-hup-criterion-d = un cliente del sector educativo o sin ánimo de lucro
admin-hup-criterion-other = criterio { $id }
admin-hup-agreements = contratos: { $list }
admin-hup-switch-title = La ventaja
admin-hup-on = La ventaja está activada.
admin-hup-off = La ventaja está desactivada.
admin-hup-active = Los empleados pueden usarla ahora.
admin-hup-inactive = Los empleados no pueden usarla ahora.
admin-hup-turn-on = Activar y aceptar las condiciones del programa
admin-hup-turn-off = Desactivar
admin-hup-terms = Activarla significa aceptar las condiciones del programa en nombre de tu organización.
admin-hup-link-title = El enlace para tus empleados
admin-hup-link-lead = Da este enlace a tus compañeros. Se registran con su dirección de correo del trabajo y compran con su cuenta personal.
admin-hup-counts-title = Participación
admin-hup-counts-lead = Solo cifras: nunca ves quién se inscribió ni qué compró nadie.
admin-hup-count-registrations = Registros
admin-hup-count-confirmations = Direcciones del trabajo confirmadas
admin-hup-count-bound = Cuentas personales vinculadas
admin-hup-fewer-than-5 = menos de 5
admin-hup-support-title = ¿Necesitas ayuda?
admin-hup-support-licensing = Preguntas sobre tu contrato de licencias o sobre cómo llegar a este centro de administración: contacta con el soporte de licencias.
admin-hup-support-store = Has entrado, pero la ventaja no aparece como esperabas: contacta con el soporte para administradores de la Store.

## Mail
mail-admin-confirm-subject = Confirma tu dirección del trabajo para el centro de administración
mail-admin-confirm-body = Alguien, probablemente tú, creó una cuenta de administrador del Home Use Program con esta dirección. Abre el enlace y confirma para activarla.
mail-admin-confirm-button = Confirmar mi dirección
mail-admin-confirm-ignore = ¿No lo pediste? Ignora este correo: sin la confirmación no pasa nada.
mail-domain-unverified-subject = Un dominio de tu organización ya no está verificado
mail-domain-unverified-body = Durante 7 días no encontramos el registro de prueba en { $domain }, así que ya no está verificado y los empleados con direcciones allí no pueden registrarse. Publica el registro de nuevo y pulsa Verificar en el centro de administración.
admin-hup-extra-title = Ventajas adicionales
admin-hup-extra-none = Ninguna. Empleados del programa anterior que esperan Visio o Project Professional 2019 al precio del programa: el fabricante concede esa ventaja adicional a la organización.
admin-hup-extra-other-office = Visio Professional 2019 y Project Professional 2019: tus empleados los encuentran en «Otros productos de Office».

## Accounts and approval (issue 12)
admin-nav-admins = Administradores
admin-admins-title = Administradores
admin-admins-lead = Todas las personas que se registraron con una dirección de los dominios de tu organización. Una cuenta nueva no ve nada de tu organización hasta que un administrador la aprueba.
admin-admins-col-email = Dirección de correo del trabajo
admin-admins-col-role = Rol
admin-admins-col-status = Estado
admin-admins-col-actions = Acciones
admin-admins-you = (tú)
admin-admins-role-admin = Administrador (demostró un dominio)
admin-admins-role-member = Administrador
admin-admins-approved = Aprobado
admin-admins-waiting = Esperando aprobación
admin-admins-approve = Aprobar
admin-admins-approve-label = Aprobar a { $email }
admin-admins-remove = Quitar
admin-admins-remove-label = Quitar a { $email }
admin-waiting-title = Esperando aprobación
admin-waiting-body = Tu cuenta espera la aprobación de { $email }. Pídele que la apruebe en la página Administradores; hasta entonces no ves nada de tu organización.
admin-waiting-body-nobody = Tu cuenta espera la aprobación de un administrador de tu organización; hasta entonces no ves nada de ella.
admin-error-remove-self = No puedes quitar tu propia cuenta.
admin-error-no-such-account = Esta cuenta no es de tu organización.
admin-error-no-such-action = Elige Aprobar o Quitar.
admin-domain-remove = Quitar
admin-domain-remove-label = Quitar { $domain }
admin-error-last-domain = Es el último dominio verificado de tu organización, así que se queda. Verifica primero otro dominio.
admin-error-no-such-domain = Este dominio no es de tu organización.

## The HUP tab's states (issue 12): what is true, why, and the next step
admin-hup-not-eligible-why = Según los datos de licencias, tu cliente no cumple ninguno de los criterios del programa:
admin-hup-not-eligible-next = Si esperabas cumplir alguno, pide al soporte de licencias que revise tus contratos (consulta «¿Necesitas ayuda?» más abajo).
admin-hup-why-unmanaged = Los empleados aún no pueden usarla: tu organización no está administrada.
admin-hup-why-no-connection = Los empleados aún no pueden usarla: conecta primero tu contrato de licencias.
admin-hup-why-pending = Los empleados aún no pueden usarla: el operador del programa no ha aprobado la conexión.
admin-hup-why-no-data = Los empleados aún no pueden usarla: los datos de licencias de tu cliente no se han cargado.
admin-hup-why-not-qualifying = Los empleados no pueden usar la ventaja porque tu organización no cumple los requisitos.
admin-hup-why-off = Los empleados no pueden usarla mientras esté desactivada.

# issue 12: the program terms on the HUP tab
admin-hup-terms-none = Nadie ha aceptado todavía las condiciones del programa.
admin-hup-terms-accepted = { $who } aceptó la versión { $version } de las condiciones del programa el { $date }.
admin-hup-terms-accepted-earlier = { $who } aceptó una versión anterior de las condiciones del programa el { $date }.
admin-hup-terms-someone = un administrador
admin-hup-terms-read = Leer las condiciones del programa (versión { $version })
admin-hup-terms-outdated = El operador ha publicado una nueva versión ({ $version }) de las condiciones del programa. La ventaja sigue igual; acepta la nueva versión para mantener al día la aceptación de tu organización.
admin-hup-terms-accept = Aceptar la versión { $version } de las condiciones del programa
admin-hup-done-accepted = Hecho: la ventaja está activada y aceptaste la versión { $version } de las condiciones del programa.
admin-hup-done-off = Hecho: la ventaja está desactivada. Los empleados no pueden usarla hasta que un administrador la vuelva a activar.

## operator console messages (es), issue 15

## Layout
operator-console-title = Consola del operador
operator-nav-label = Consola del operador
operator-nav-overview = Resumen
operator-nav-feed = Fuente de licencias
operator-nav-customers = Clientes
operator-nav-tenants = Inquilinos
operator-nav-connections = Conexiones
operator-nav-support = Soporte
operator-nav-documents = Catálogo y mercados
operator-nav-audit = Registro de auditoría
operator-signed-in-as = Sesión iniciada como { $email }
operator-signout = Cerrar sesión

## Fields
operator-field-email = Dirección de correo
operator-field-password = Contraseña
operator-field-new-password = Elige una contraseña
operator-field-new-password-hint = Al menos 12 caracteres; lo mejor es una frase larga. Se rechazan las contraseñas comunes.
operator-field-code = Código de tu aplicación de autenticación

## Setup link
operator-setup-title = Configura tu cuenta de operador
operator-setup-lead = Esta cuenta es para { $email }. Elige una contraseña y conecta una aplicación de autenticación: para iniciar sesión necesitas ambas.
operator-setup-app-title = Conecta tu aplicación de autenticación
operator-setup-app-lead = Escanea el código QR con una aplicación de autenticación (por ejemplo Microsoft Authenticator, Google Authenticator o 1Password), o escribe en ella la clave de abajo. Es una clave basada en el tiempo: 6 dígitos, cada 30 segundos.
operator-setup-qr-caption = Código QR de la clave para tu aplicación de autenticación
operator-setup-secret-label = O escribe esta clave:
operator-setup-code-hint = Los 6 dígitos que muestra ahora la aplicación, para demostrar que está configurada.
operator-setup-button = Configurar mi cuenta

## Recovery codes
operator-recovery-title = Guarda tus códigos de recuperación
operator-recovery-lead = Tu cuenta está configurada. Si pierdes tu aplicación de autenticación, cada uno de estos códigos te permite iniciar sesión una vez en lugar de un código de la aplicación. Guárdalos en un lugar seguro, como un gestor de contraseñas.
operator-recovery-once = Solo se muestran ahora. Cuando se agoten, pide a otro operador que ejecute «hup operators reset-mfa» para tu dirección.
operator-recovery-continue = Continuar para iniciar sesión

## Sign-in
operator-signin-title = Inicia sesión en la consola del operador
operator-signin-lead = Para el equipo del programa. Necesitas tu contraseña y tu aplicación de autenticación.
operator-signin-code-hint = Los 6 dígitos que muestra ahora tu aplicación, o uno de tus códigos de recuperación.
operator-signin-button = Iniciar sesión

## Errors
operator-error-csrf = El formulario caducó. Inténtalo de nuevo.
operator-error-email = Escribe una dirección de correo como name@vendor.example.
operator-error-password = La contraseña necesita al menos 12 caracteres.
operator-error-password-common = Esta contraseña es una de las más comunes. Elige otra, por ejemplo una frase de varias palabras.
operator-error-link = Este enlace de configuración ya no es válido: ya se usó, o tiene más de 24 horas. Pide uno nuevo («hup operators reset-mfa»).
operator-error-code-format = Un código tiene 6 dígitos.
operator-error-code = Ese no es el código que muestra ahora tu aplicación. Comprueba que la aplicación se configuró con esta clave y que la hora de tu dispositivo es correcta.
operator-error-credentials = La dirección, la contraseña o el código no son correctos.
operator-error-throttled = Demasiados intentos fallidos. Espera un poco y vuelve a intentarlo.
operator-error-account = No existe esa cuenta de operador.

## Overview
operator-home-title = Resumen del programa
operator-home-customers = Clientes
operator-home-customers-value = { $customers } en la fuente de licencias, { $eligible } cumplen los requisitos
operator-home-employees = Empleados
operator-home-employees-value = { $accounts } cuentas personales, { $enrolled } inscritos ahora
operator-home-orders = Pedidos
operator-home-tenants = Inquilinos por estado
operator-tenants-unmanaged = No administrados (ningún dominio demostrado)
operator-tenants-benefit-off = Administrados, ventaja desactivada
operator-tenants-not-taking-part = Ventaja activada, aún sin participar
operator-tenants-taking-part = Participan
operator-home-funnel = Embudo de empleados
operator-home-funnel-lead = Hasta dónde llegaron los empleados: solo cifras, nunca quién.
operator-funnel-registered = Registraron una dirección del trabajo
operator-funnel-confirmed = La confirmaron
operator-funnel-account = Tienen una cuenta personal
operator-funnel-bound = Vincularon la dirección del trabajo
operator-funnel-bought = Compraron al menos una vez
operator-home-days = Pedidos y ventas por día
operator-home-days-lead = Los últimos 90 días, del { $first } al { $last } (UTC).
operator-home-orders-per-day = Pedidos por día
operator-home-sales-per-day = Ventas por día en { $currency }
operator-home-no-orders = No hay pedidos en estos 90 días.
operator-col-state = Estado
operator-col-tenants = Inquilinos
operator-col-step = Paso
operator-col-employees = Empleados
operator-col-day = Día
operator-col-orders = Pedidos
operator-col-paid = Pagado ({ $currency })
operator-col-when = Cuándo
operator-col-by = Por
operator-col-customer = Cliente
operator-col-tenant = Inquilino
operator-col-name = Nombre
operator-col-decision = Decisión
operator-col-requested-by = Solicitado por
operator-col-agreement = Contrato
operator-col-product = Producto
operator-col-quantity = Cantidad
operator-col-period = Periodo
operator-col-order = Pedido
operator-col-status = Estado
operator-col-price = Precio (precio de lista)
operator-yes = Sí
operator-no = No
operator-search-button = Buscar

## Licensing feed
operator-feed-title = Fuente de licencias
operator-feed-lead = Sube la fuente de contratos de licencias (CSV). Se comprueba entera: si una línea es incorrecta, se listan todas las líneas incorrectas con su número y no se importa nada.
operator-feed-file = Archivo de la fuente (CSV)
operator-feed-file-hint = Hasta 64 MiB; importa las fuentes más grandes con «hup agreements import FILE».
operator-feed-snapshot = El archivo contiene todas las líneas actuales (instantánea): las líneas que falten terminan con fecha de ayer.
operator-feed-allow-empty = Importar una instantánea aunque no tenga líneas (termina todos los contratos).
operator-feed-button = Importar
operator-feed-imported = Importado.
operator-feed-lines = Líneas
operator-feed-customers = Clientes
operator-feed-eligible = Cumplen los requisitos
operator-feed-written = Líneas añadidas o cambiadas
operator-feed-ended = Líneas terminadas / eliminadas
operator-feed-unknown-products = Productos que ningún criterio de la política de requisitos cuenta (no se rechazan; comprueba si hay una errata):
operator-feed-unknown-lines = { $lines } líneas, las primeras en las líneas
operator-feed-rejected = { $rows } filas incorrectas: no se importó nada.
operator-feed-no-file = Elige primero un archivo de la fuente.
operator-feed-empty-snapshot = La instantánea no contiene líneas, así que terminaría todos los contratos ({ $lines } líneas guardadas). No se importó nada. Marca «importar aunque no tenga líneas» solo si es eso lo que quieres.
operator-feed-read = No se pudo leer el archivo: { $reason }
operator-feed-unreadable = No se pudo leer el archivo subido. Inténtalo de nuevo.
operator-feed-past = Importaciones anteriores
operator-feed-no-past = Aún no se ha importado ninguna fuente.
operator-feed-snapshot-short = instantánea
operator-feed-unknown-short = Productos no contados

## Customers
operator-customers-title = Clientes
operator-customers-search = Número de cliente o nombre
operator-customers-segment = Segmento
operator-customers-verdict = Resultado
operator-customers-eligible = Cumple los requisitos
operator-customers-not-eligible = No cumple los requisitos
operator-customers-until = Válido hasta
operator-customers-as-of = Evaluado el
operator-customers-criterion = Criterio { $id }
operator-customers-total = { $quantity } licencias contadas.
operator-customers-no-criterion = No se cumple ningún criterio de la política de requisitos.
operator-customers-none = Ningún cliente tiene un número o un nombre con «{ $q }».
operator-whatif-title = Prueba un cambio de política
operator-whatif-lead = Cambia abajo la política de requisitos (por ejemplo, un umbral de 1500 en lugar de 2000) y mira cuántos clientes cumplirían los requisitos, calculado sobre las líneas de contrato guardadas. No se cambia nada: la política vigente se define con HUP_POLICY.
operator-whatif-policy = Política de requisitos (TOML)
operator-whatif-button = Comparar con la política vigente
operator-whatif-result = Con esta política, { $more } clientes más cumplen los requisitos y { $fewer } menos.
operator-whatif-totals = De { $customers } clientes, { $now } cumplen los requisitos ahora y { $then } los cumplirían.
operator-whatif-gained = Cumplirían los requisitos:
operator-whatif-lost = Dejarían de cumplir los requisitos:
operator-whatif-nothing-changed = No se cambió nada.
operator-whatif-invalid = Esta política no es válida: { $reason }

## Tenants
operator-tenants-title = Inquilinos
operator-tenants-search = Dominio
operator-tenants-none = Ningún inquilino tiene el dominio { $domain }.
operator-tenants-heading = Inquilino { $id } · { $domain }
operator-tenants-managed = Administrado
operator-tenants-domains = Dominios verificados
operator-tenants-admins = Administradores
operator-tenants-waiting = esperando aprobación
operator-tenants-connection = Conexión de licencias
operator-tenants-approved = aprobada
operator-tenants-pending = esperando una decisión
operator-tenants-benefit = Ventaja
operator-tenants-enrollment = Inscripción (solo cifras)
operator-tenants-enrollment-value = { $registered } registrados, { $confirmed } confirmados, { $bound } inscritos ahora
operator-tenants-extra = Ventajas adicionales
operator-tenants-granted-state = concedida
operator-tenants-not-granted = no concedida
operator-tenants-grant = Conceder
operator-tenants-withdraw = Retirar
operator-tenants-granted = Se concedió { $benefit } al inquilino { $tenant }.
operator-tenants-withdrawn = Se retiró { $benefit } al inquilino { $tenant }.
operator-tenants-bad-form = Ese inquilino o esa ventaja no existe.

## Connections
operator-connections-title = Conexiones de licencias
operator-connections-lead = Un administrador de organización pidió conectar un cliente de licencias cuyo contacto del contrato no está en ninguno de los dominios verificados del inquilino. Decide cada una; el motivo se guarda en el registro de auditoría.
operator-connections-none-waiting = Ninguna conexión espera una decisión.
operator-connections-reason = Motivo
operator-connections-approve = Aprobar
operator-connections-reject = Rechazar
operator-connections-approved = La conexión del cliente { $customer } está aprobada.
operator-connections-rejected = La conexión del cliente { $customer } está rechazada; el cliente puede conectarse en otro lugar.
operator-connections-none = Ninguna conexión del cliente { $customer } espera una decisión.
operator-connections-no-decision = Elige Aprobar o Rechazar.
operator-connections-reason-needed = Indica un motivo (una línea); se guarda con la decisión.
operator-connections-decided = Decisiones
operator-connections-none-decided = Aún no hay decisiones.
operator-connections-was-approved = Aprobada
operator-connections-was-rejected = Rechazada

## Support
operator-support-title = Búsqueda de soporte
operator-support-lead = Para preguntas sobre un pedido o una cuenta personal (R23): busca un pedido por su número o una cuenta por su dirección personal.
operator-support-search = Número de pedido o dirección personal
operator-support-none = Ningún pedido ni cuenta personal coincide con «{ $q }».
operator-support-country = País
operator-support-confirmed = Cuenta confirmada
operator-support-grant = Derecho actual
operator-support-grant-value = inquilino { $tenant }, dirección del trabajo { $work }, hasta el { $until }
operator-support-no-grant = Ninguno
operator-support-orders = Pedidos
operator-support-no-orders = No hay pedidos.

## Catalog and market rules
operator-documents-title = Catálogo y reglas de mercado
operator-documents-lead = Sube un catálogo o un documento de reglas de mercado (TOML), mira qué cambiaría y luego publícalo.
operator-documents-upload = Subir un documento
operator-documents-kind = Documento
operator-documents-catalog = Catálogo
operator-documents-markets = Reglas de mercado
operator-documents-file = Archivo (TOML)
operator-documents-allow-empty = Permitir que elimine todas las filas vigentes de un tipo.
operator-documents-preview = Ver qué cambiaría
operator-documents-would-change = Qué cambiaría al publicarlo
operator-documents-published = Publicado
operator-documents-publish = Publicar
operator-documents-rows = Filas
operator-documents-total = En el documento
operator-documents-added = Añadidas
operator-documents-removed = Eliminadas
operator-documents-changed = Cambiadas
operator-documents-products = Productos
operator-documents-offers = Ofertas
operator-documents-price-lists = Listas de precios
operator-documents-market-rules = Reglas por país
operator-documents-invalid = El documento no se publicó; no cambió nada:
operator-documents-no-file = Elige el tipo de documento y un archivo.
operator-documents-not-utf8 = El archivo no es texto UTF-8.
operator-documents-in-force = Vigente
operator-documents-shipped = Aún no se ha publicado nada: están vigentes el catálogo y las reglas de mercado incluidos.
operator-documents-version = versión { $version }

## Audit log
operator-audit-title = Registro de auditoría
operator-audit-lead = Cada cambio que hizo un operador, en estas páginas, la API o la línea de comandos, del más reciente al más antiguo.
operator-audit-empty = Aún no se ha cambiado nada.
operator-audit-from = Origen
operator-audit-action = Acción
operator-audit-subject = Afecta a
operator-audit-detail = Detalles
operator-audit-older = Entradas anteriores
operator-audit-kind-operator = operador
operator-audit-kind-token = token de operador
operator-audit-kind-cli = línea de comandos

## Refunds from the support look-up (issue 13)
operator-refund-column = Reembolso
operator-refund-button = Reembolsar { $order }
operator-refund-done = El pedido { $order } está reembolsado: { $price } se devuelve al empleado y la licencia ha terminado.
operator-refund-unknown = No existe ese pedido.
operator-refund-not-paid = Solo se puede reembolsar un pedido pagado o entregado; este no lo está (o ya no).
operator-refund-unavailable = No se ha podido contactar con el proveedor de pagos. No se ha reembolsado nada; inténtalo de nuevo en un momento.

## Layout
site-name = Home Use Program
skip-to-content = Ir al contenido
nav-program = Programa
nav-get-started = Empezar
language-switch-label = Idioma
footer-text = Las compras a través del programa son tuyas: nunca afectan a las suscripciones ni a los dispositivos de tu organización.

## Program page (R2, R7, R15–R18)
program-title = Home Use Program
program-lead = ¿Tu organización participa? Entonces compras el software de consumo del fabricante para casa con descuento, con tu propia cuenta personal, para tus propios dispositivos.
program-get-started = Empezar
program-needs-title = Qué necesitas
program-needs-work-email = Una dirección de correo del trabajo válida en una organización que participa.
program-needs-personal-account = Una cuenta personal activa, vinculada a una dirección de correo personal. Tu cuenta del trabajo nunca se usa para estas compras.
program-steps-title = Cómo funciona
program-step-register-title = Regístrate
program-step-register-body = Selecciona «Empezar» y escribe tu dirección de correo del trabajo.
program-step-confirm-title = Confirma
program-step-confirm-body = Te enviamos un enlace a tu dirección del trabajo. Ábrelo y confirma que trabajas allí.
program-step-signin-title = Inicia sesión
program-step-signin-body = Inicia sesión con tu cuenta personal y mira los descuentos que te da la ventaja de tu organización.
program-step-shop-title = Compra
program-step-shop-body = Compra y sigue tu pedido. Lo que compras sigue siendo tuyo, también si cambias de trabajo.
program-admins-title = Para administradores de TI
program-admins-body = Activa la ventaja para tu organización en el centro de administración: demuestra tu dominio, conecta tu contrato de licencias y da el enlace a tus compañeros.
program-admins-link = Ir al centro de administración

## Errors
error-not-found-title = Página no encontrada
error-not-found-body = No encontramos la página que pediste. Revisa la dirección o empieza de nuevo desde la página del programa.
error-form-title = No se pudo leer el formulario
error-form-body = Lo enviado no es un formulario que esta página pueda leer, o es demasiado grande. Vuelve atrás, revisa lo que escribiste y envíalo de nuevo.
error-internal-title = Algo salió mal
error-internal-body = Un error inesperado nos detuvo. No se ha perdido nada de lo que escribiste; inténtalo de nuevo en un momento.
error-back-home = Volver a la página del programa
error-reference = Referencia: { $id }

## Developer mail viewer (demo mode only)
devmail-title = Correo enviado (demo)
devmail-lead = En modo demo, hup escribe cada correo en una carpeta en lugar de enviarlo. Aquí los lees.
devmail-empty = Todavía no se ha enviado ningún correo. Aparecerán aquí en cuanto hup envíe uno.
devmail-col-date = Fecha
devmail-col-to = Para
devmail-col-subject = Asunto
devmail-back = Todo el correo
devmail-not-found = Este correo no existe (ya).
devmail-text-version = Versión de texto

## Mail: demo welcome
mail-footer = Recibes este mensaje del Home Use Program.
mail-demo-welcome-subject = Tu demo del Home Use Program está lista
mail-demo-welcome-greeting = Hola:
mail-demo-welcome-body = Los datos de demostración están cargados. Abre la página del programa para seguir el recorrido de un empleado o de un administrador:
mail-demo-welcome-closing = Echa un vistazo.

## Where people with questions are sent (R21, R23, R24)
help-questions = ¿Preguntas?
help-frequently-viewed = Lo más consultado
help-purchase_faq = Comprar e instalar: preguntas frecuentes
help-employee_faq = Preguntas frecuentes de los empleados
help-order_support = Soporte para el estado del pedido, la facturación, la instalación de Office y el inicio de sesión en Office
help-licensing_support = Soporte de licencias
help-store_admin_support = Soporte para administradores de la Store
help-subscriptions = Suscripciones
help-licensing_service_center = Centro de servicio de licencias por volumen
help-business_store = Business Store
help-employee_store = Store de empleados
help-licensing_overview = Resumen de licencias

# issue 12: the program terms (/terms)
terms-title = Condiciones del programa
terms-version = Versión { $version }

# issue 12: /dev/dns, the demo's name server
devdns-title = Servidor de nombres (demo)
devdns-lead = En modo demo, hup responde él mismo a las consultas TXT de la prueba de dominio: nadie puede publicar registros para dominios .example. Publica aquí el registro que tu organización publicaría en su proveedor de DNS.
devdns-how = Añade un dominio en el centro de administración, copia su valor TXT, publícalo aquí en ese dominio y pulsa Verificar.
devdns-domains-link = Tus dominios
devdns-link-lead = publica el registro TXT que demuestra un dominio.
devdns-domain = Dominio
devdns-value = Valor TXT
devdns-publish = Publicar el registro
devdns-records = Registros publicados
devdns-empty = Todavía no hay registros publicados.
devdns-remove = Quitar
devdns-error-csrf = El formulario caducó. Inténtalo de nuevo.
devdns-error-domain = Esto no es un nombre de dominio, p. ej. contoso-two.example.
devdns-error-value = El valor debe tener de 1 a 255 caracteres ASCII imprimibles.
devdns-error-too-many = Este dominio ya tiene 5 registros: quita uno primero.
devdns-domains-note = Demo: los dominios .example no están en ningún DNS público. Publica el valor TXT en el servidor de nombres de la demo y pulsa Verificar.

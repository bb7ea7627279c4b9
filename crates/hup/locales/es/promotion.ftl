# The promotion kit for org admins (R13, R14): the page in the admin center, and the material
# itself (flyers, email and newsletter copy), each in the language the admin picks.

## The page, in the page's language.
promo-link = Da a conocer el programa a tus empleados
promo-title = Dar a conocer el programa
promo-lead = Folletos para imprimir o poner en tu intranet, textos listos para un correo y un boletín, y consejos para correr la voz. Cada pieza lleva el enlace para tus empleados.
promo-language-en = inglés
promo-language-nl = neerlandés
promo-language-de = alemán
promo-language-fr = francés
promo-language-es = español
promo-language-ja = japonés
promo-material-label = Idioma del material
promo-material-button = Mostrar el material
promo-material-unknown = No hay material en ese idioma. Elige uno de la lista.
promo-downloads-title = Material en { $language }
promo-flyer-title = Folleto para imprimir
promo-flyer-body = Una página A4 para imprimir para tablones de anuncios, salas de descanso y paquetes de bienvenida.
promo-flyer-open = Abrir para imprimir
promo-flyer-download = Descargar
promo-intranet-title = Folleto digital
promo-intranet-body = Un bloque corto de HTML para pegar en una página de la intranet.
promo-email-title = Correo
promo-email-body = Asunto y texto de un correo para todos los empleados.
promo-newsletter-title = Boletín
promo-newsletter-body = Un texto corto para el boletín interno.
promo-download = Descargar
promo-preview-title = Vista previa del correo
promo-link-in-material = El material lleva a tus empleados a { $link }.
promo-inactive-off = El material lleva el enlace de tus empleados, así que se ofrece mientras los empleados puedan usar la ventaja. Activa primero la ventaja.
promo-inactive-not-eligible = El material lleva el enlace de tus empleados, así que se ofrece mientras los empleados puedan usar la ventaja. Tu organización no cumple los requisitos en este momento.
promo-back = Volver a la pestaña HUP
promo-guidance-title = Consejos para dar a conocer el programa
promo-guidance-1 = Envía el correo a todos en cuanto la ventaja esté activada, y repítelo en el boletín unos meses después.
promo-guidance-2 = Pon el folleto digital en la página de la intranet donde los empleados buscan sus ventajas.
promo-guidance-3 = Imprime el folleto para tablones de anuncios y salas de descanso, y añádelo al paquete de bienvenida de los nuevos empleados.
promo-guidance-4 = Di claramente que los empleados compran con una cuenta personal y una dirección de correo personal: la cuenta del trabajo nunca se usa, y TI no gestiona estas compras.
promo-guidance-5 = Dirige las preguntas sobre pedidos, facturación e instalación a la página del programa y al soporte de la Store, no a tu servicio de asistencia.
promo-guidance-6 = Sigue las cifras de participación en la pestaña HUP para ver si el mensaje llega.

## The material, in the chosen language.
promo-m-headline = Software para casa, con descuento
promo-m-pitch = { $organization } participa en el Home Use Program. Como empleado, compras el software de consumo del fabricante para casa con descuento, con tu propia cuenta personal, para tus propios dispositivos.
promo-m-steps-title = Cómo funciona
promo-m-step-register = Regístrate: ve a { $link }, selecciona «Empezar» y escribe tu dirección de correo del trabajo.
promo-m-step-confirm = Confirma: abre el enlace que enviamos a tu dirección del trabajo.
promo-m-step-signin = Inicia sesión con tu cuenta personal, vinculada a una dirección de correo personal (nunca tu cuenta del trabajo), y mira tus descuentos.
promo-m-discounts = Los descuentos actuales de cada producto están en la página del programa: { $link }
promo-m-personal = Lo que compras es tuyo: no afecta a las suscripciones ni a los límites de dispositivos de tu organización. Actívalo con tu cuenta personal.
promo-m-cta = Empieza en { $link }
promo-m-email-subject = Novedad para ti: software para casa con descuento
promo-m-greeting = Hola:
promo-m-email-closing = Un saludo,
promo-m-signature = El equipo de TI de { $organization }
promo-m-newsletter-title = Software para casa con descuento, gracias a { $organization }

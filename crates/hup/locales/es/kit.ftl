# Issue 17: the promotion kit as files (R13, R14): one zip per language with the PDF flyers,
# the digital flyer image, the email and newsletter copy as HTML, the intranet snippet and a PDF
# guide on promoting the program (R21–R24).

## The page, in the page's language.
kit-download-title = Todo el kit en un solo archivo
kit-download-body = Un zip con los folletos para imprimir en PDF (A4 y US Letter), el folleto digital como imagen para la intranet y el chat, los textos del correo y del boletín en HTML, el bloque para la intranet y una guía para dar a conocer el programa (PDF).
kit-download-button = Descargar el kit en { $language } (zip)

## On the flyers.
kit-m-scan = Escanea con la cámara del móvil, o escribe:
kit-m-discounts-title = Descuentos actuales
kit-m-discount-line = { $product }, { $term }: { $discount }
kit-m-footer = El Home Use Program para los empleados de { $organization }

## The guide (guidance.pdf), in the material's language.
kit-guide-title = Dar a conocer el Home Use Program
kit-guide-for = Una guía para los administradores de { $organization }
kit-guide-link = El enlace para tus empleados: { $link }
kit-guide-when-title = Cuándo enviar qué
kit-guide-when-1 = El día en que se activa la ventaja: envía el correo a todos los empleados y pon el folleto digital en la intranet.
kit-guide-when-2 = La primera semana: imprime el folleto para tablones de anuncios, salas de descanso y salas de reuniones.
kit-guide-when-3 = Al cabo de dos o tres meses: publica el texto del boletín como recordatorio.
kit-guide-when-4 = Para cada empleado nuevo: añade el folleto al paquete de bienvenida.
kit-guide-when-5 = Una vez al año, y cuando cambien los descuentos: envía de nuevo el correo.
kit-guide-ask-title = Lo que preguntan los empleados
kit-guide-ask-1 = ¿Ve mi empresa lo que compro? No. Los administradores solo ven cifras, nunca quién se inscribió ni qué compró nadie.
kit-guide-ask-2 = ¿Qué cuenta uso? Una cuenta personal con una dirección de correo personal. La dirección del trabajo solo confirma que trabajas aquí; nunca se usa para comprar ni para activar.
kit-guide-ask-3 = ¿Qué pasa si me voy? Lo que compraste sigue siendo tuyo. Para volver a comprar al precio del programa, confirmas una dirección del trabajo actual.
kit-guide-ask-4 = ¿Dónde están Visio y Project Professional 2019? En «Otros productos de Office», para las organizaciones con esa ventaja adicional. Los empleados preguntan al administrador del programa.
kit-guide-ask-5 = ¿Por qué no aparece mi país? El programa no se ofrece en todas partes, y en algunos países se compra en una Store regional. La página del programa muestra lo que vale para cada país.
kit-guide-tips-title = Consejos
kit-guide-support-title = Dónde está el soporte
kit-guide-support-employees = Empleados con preguntas sobre la compra, la instalación, los pedidos, la facturación o el inicio de sesión:
kit-guide-support-admins = Administradores: las preguntas sobre el contrato de licencias o el acceso al centro de administración van al soporte de licencias; una ventaja que no aparece como se esperaba va al soporte para administradores de la Store.
kit-guide-support-none = El operador del programa todavía no ha publicado direcciones de soporte.

## catalog messages (es)
program-discounts-title = Descuentos
program-discounts-lead = Lo que el programa descuenta del precio, para el país que elijas. Los precios incluyen el descuento del programa; tu propio país se indica en tu cuenta personal.
program-discounts-country = País
program-discounts-show = Mostrar
program-discounts-empty = El programa todavía no tiene catálogo. Los descuentos aparecerán aquí en cuanto el fabricante publique uno.
col-product = Producto
col-term = Duración
col-list-price = Precio de lista
col-discount = Descuento
col-price = Tu precio
term-p1y = 1 año
term-p1m = 1 mes
term-perpetual = Compra única
discount-percent = { $percent } % de descuento
discount-fixed = Precio del programa
offer-regional-store = Se vende en la Store regional
offer-other-office = Otros productos de Office: para organizaciones con esta ventaja adicional
unavailable-not-offered = El programa no está disponible en este país.
unavailable-not-priced = El programa todavía no tiene precios para este país.
unavailable-no-offers = No hay ofertas en este país.
offers-title = Tus ofertas
offers-country = Precios para { $country }, el país de tu cuenta personal.
offers-grant-until = la ventaja de tu organización es válida hasta el { $date }
offers-no-grant = Primero confirma tu dirección del trabajo: los precios del programa aparecerán aquí en cuanto la ventaja de tu organización esté vinculada a esta cuenta.
offers-grant-inactive = Tu derecho ha terminado, o tu organización ya no participa. Confirma de nuevo tu dirección del trabajo para comprar al precio del programa; lo que compraste sigue siendo tuyo.
offers-confirm-link = Confirmar tu dirección del trabajo
offers-col-where = Dónde comprar
offers-regional-store-link = Comprar en la Store regional
offers-r22-guidance = ¿Esperabas Visio Professional 2019 o Project Professional 2019 en «Otros productos de Office»? Pregunta al administrador del programa de tu empresa por estas ventajas adicionales.
offers-personal-account = Compras con tu cuenta personal, para tus propios dispositivos: nunca afecta a las suscripciones de tu organización.
discount-none = Sin descuento

# issue 12: the organization paused the benefit (the grant still runs)
offers-organization-paused = Tu organización ha pausado la ventaja, así que ahora no hay nada que comprar al precio del programa. Confirmar de nuevo tu dirección del trabajo no lo cambiará: pregunta a tu departamento de TI o vuelve más tarde. Lo que compraste sigue siendo tuyo.

# Issue 13: pago con tarjeta, entrega, recibos, cancelación y reembolsos (R18, R19).
order-status-pending_payment = Pendiente de pago
order-status-payment_failed = Pago fallido
order-status-paid = Pagado
order-status-fulfilled = Entregado
order-status-cancelled = Cancelado
order-status-refunded = Reembolsado
order-next-pay = Pagar el pedido
# El paso de revisión: derecho del consumidor (Directiva UE sobre los derechos de los consumidores, art. 16, letra m).
order-review-vat = Todos los precios incluyen el IVA.
order-review-consent = Quiero que el software se entregue de inmediato y sé que pierdo mi derecho de desistimiento una vez entregado.
order-review-consent-missing = Confirma que quieres que el software se entregue de inmediato y que pierdes tu derecho de desistimiento una vez entregado.
order-review-pay-button = Pedido con obligación de pago ({ $price })
order-review-free-button = Pedir por { $price } (aquí no se cobra nada)
order-review-no-payment = En este sitio no se cobra nada: el pedido se entrega de inmediato al precio del programa.
order-review-pay-next = A continuación pagas con tarjeta; no se entrega nada hasta que el pago se haya recibido.
# La página de pago.
pay-title = Pagar el pedido { $number }
pay-intro = Paga { $price } con tarjeta. Los datos de tu tarjeta van directamente al proveedor de pagos, Stripe; este sitio nunca los ve.
pay-renewal-card = Tu tarjeta se guarda con tu cuenta para pagar las renovaciones al precio del programa hasta que canceles la suscripción.
pay-card-label = Datos de la tarjeta
pay-button = Pagar { $price }
pay-needs-js = El formulario de tarjeta del proveedor de pagos necesita JavaScript. Activa JavaScript o cancela el pedido más abajo.
pay-failed = El pago no se ha realizado: { $reason } Inténtalo de nuevo con otra tarjeta.
pay-card-failed = No se ha podido usar la tarjeta. Comprueba los datos e inténtalo de nuevo.
pay-unavailable = No se ha podido contactar con el proveedor de pagos. No se ha cobrado nada; inténtalo de nuevo en un momento.
pay-processing = El pago se está procesando. Vuelve a cargar esta página en un momento para ver el resultado.
pay-cancel = Cancelar el pedido
pay-back = Volver al pedido
# La página del pedido después del pago.
order-paid-notice = Gracias: tu pago se ha recibido y tu pedido se ha entregado. El recibo va de camino a { $email }.
order-cancelled-notice = El pedido está cancelado. No se ha cobrado nada.
order-refunded-notice = Este pedido se ha reembolsado; su licencia ha terminado.
order-no-payment = En este sitio no se cobró nada: el pedido se entregó al precio del programa.
order-pay-link = Pagar ahora
order-retry-link = Intentarlo de nuevo con otra tarjeta
order-price = Precio
# El recibo, en la página del pedido y en el correo.
receipt-title = Recibo
receipt-number = Número de recibo
receipt-paid-on = Pagado el
receipt-seller = Vendedor
receipt-seller-address = Dirección
receipt-vat-id = NIF-IVA
receipt-vat = IVA incluido ({ $rate } %)
receipt-prices-include-vat = El precio incluye el IVA.

# issue 16: datos personales — la exportación, la eliminación de la cuenta, el fin del derecho.

## El fin del derecho, en /account y /offers
account-grant-expired = El descuento de tu organización a través de { $email } caducó el { $date }. Para volver a comprar con descuento, confirma de nuevo tu dirección de trabajo. Lo que compraste sigue siendo tuyo y las suscripciones se siguen renovando.

## /account: tus datos
account-data-heading = Tus datos
account-data-intro = Descarga en un solo archivo todo lo que el Home Use Program guarda sobre ti, o elimina tu cuenta.
account-export-link = Descargar mis datos (JSON)
account-delete-link = Eliminar mi cuenta

## /account/delete
account-delete-title = Eliminar tu cuenta
account-delete-intro = La eliminación de tu cuenta no se puede deshacer. De inmediato:
account-delete-sessions = se cierra tu sesión en todas partes;
account-delete-renewals = las suscripciones compradas a través del programa dejan de renovarse;
account-delete-erased = se borran tu nombre, tu dirección personal, tus direcciones de trabajo y los correos enviados a ellas;
account-delete-orders = tus pedidos se quedan en la contabilidad del proveedor, sin tu nombre ni tus direcciones.
account-delete-no-mail = Ningún correo lo confirma: conservaría la dirección que se está borrando. Descarga antes tus datos si quieres conservarlos.
account-delete-password = Tu contraseña
account-delete-button = Eliminar mi cuenta para siempre
account-delete-cancel = Conservar mi cuenta
account-deleted-title = Tu cuenta se ha eliminado
account-deleted-body = Se ha borrado todo lo que te identificaba. Puedes volver a registrarte con la misma dirección de trabajo cuando quieras.
account-deleted-home = A la página del programa

## El correo 30 días antes de que termine un derecho
mail-grant-ending-subject = Tu descuento del Home Use Program termina pronto
mail-grant-ending-body = El descuento de tu organización a través de { $email } termina el { $date }. Para seguir comprando con descuento, confirma de nuevo tu dirección de trabajo: abre el enlace, introduce { $email } y confirma desde el correo que llega allí.
mail-grant-ending-button = Confirmar de nuevo mi dirección de trabajo
mail-grant-ending-subscriptions = Las suscripciones compradas a través del programa se siguen renovando a su precio en cualquier caso, y lo que compraste sigue siendo tuyo.

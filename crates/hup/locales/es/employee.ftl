## employee messages (es)

## Mail: confirm the work address (R16)
mail-employee-register-subject = Confirma tu dirección del trabajo para el Home Use Program
mail-employee-register-body = Alguien, esperamos que tú, pidió el descuento del Home Use Program con esta dirección del trabajo. Abre el enlace y pulsa Confirmar para demostrar que la ventaja de tu organización se aplica a ti. El enlace funciona una vez, durante { $hours } horas.
mail-employee-register-button = Confirmar mi dirección del trabajo
mail-employee-register-ignore = ¿No lo pediste? Ignora este correo; no pasa nada.

## Mail: confirm the personal account (R7)
mail-employee-account-subject = Confirma tu cuenta personal
mail-employee-account-body = Abre el enlace y pulsa Confirmar para activar tu cuenta personal del Home Use Program. Las compras son tuyas y nunca afectan a tu cuenta del trabajo.
mail-employee-account-button = Activar mi cuenta
mail-employee-account-ignore = ¿No creaste ninguna cuenta? Ignora este correo; no pasa nada.

## Mail: password reset
mail-employee-reset-subject = Elige una contraseña nueva
mail-employee-reset-body = Abre el enlace para elegir una contraseña nueva para tu cuenta personal. El enlace funciona una vez, durante { $hours } horas.
mail-employee-reset-button = Elegir una contraseña nueva
mail-employee-reset-ignore = ¿No lo pediste? Ignora este correo; tu contraseña sigue igual.

## Register (R15)
employee-register-title = Empezar
employee-register-lead = Escribe tu dirección de correo del trabajo. Te enviaremos allí un enlace para confirmar que la ventaja de tu organización se aplica a ti.
employee-field-work-email = Dirección de correo del trabajo
employee-register-button = Enviar el enlace
employee-register-sent-title = Revisa tu buzón del trabajo
employee-register-sent-body = Hemos enviado un enlace de confirmación a { $email }. Ábrelo en cualquier dispositivo y pulsa Confirmar. Luego continúa aquí o allí: inicia sesión o crea tu cuenta personal.

## Confirm (R16)
employee-confirm-title = Confirma tu dirección del trabajo
employee-confirm-body = Pulsa el botón para confirmar que esta dirección del trabajo es tuya. Púlsalo solo si pediste el descuento tú mismo: el navegador donde lo pediste también lo recibe.
employee-confirm-used = Este enlace ya se usó: la dirección del trabajo está confirmada. Inicia sesión o crea tu cuenta personal, en este dispositivo o en el que te registraste, para desbloquear los descuentos.
employee-confirm-gone = Este enlace no se puede usar: caducó, o se envió un enlace más reciente a la misma dirección. Registra de nuevo tu dirección del trabajo para obtener otro.
employee-confirm-missing = Esta página necesita el enlace del correo de confirmación. Registra tu dirección del trabajo para obtener uno.
employee-register-again = Registrar de nuevo mi dirección del trabajo
employee-link-unusable-title = Este enlace no se puede usar
employee-have-account = ¿Ya tienes una cuenta personal? Inicia sesión
employee-confirm-button = Confirmar
employee-confirmed-title = Tu dirección del trabajo está confirmada
employee-confirmed-body = Ahora inicia sesión con tu cuenta personal, o crea una, para desbloquear los descuentos.
employee-continue-button = Continuar

## Sign in or create the personal account (R7, R17)
employee-signin-title = Inicia sesión con tu cuenta personal
employee-signin-lead = Usa tu dirección de correo personal, no la del trabajo: las compras son tuyas y nunca afectan a tu cuenta del trabajo.
employee-signin-claim = Tu dirección del trabajo { $email } está confirmada. Inicia sesión o crea tu cuenta para desbloquear los descuentos.
employee-field-email = Dirección de correo personal
employee-field-password = Contraseña
employee-field-new-password = Elige una contraseña
employee-field-password-hint = Al menos 8 caracteres. Se rechaza una contraseña común.
employee-field-country = País en el que vives
employee-field-display-name = Tu nombre (opcional)
employee-signin-button = Iniciar sesión
employee-create-title = ¿Eres nuevo? Crea tu cuenta personal
employee-create-button = Crear cuenta
employee-created-title = Revisa tu buzón personal
employee-created-body = Si la dirección se puede usar, hemos enviado un enlace para activar tu cuenta a { $email }. Ábrelo y luego inicia sesión.
employee-forgot-password = ¿Olvidaste tu contraseña?

## Confirm the personal account
employee-account-confirm-title = Activa tu cuenta personal
employee-account-confirm-body = Pulsa el botón para activar tu cuenta personal.
employee-account-confirm-button = Activar
employee-account-confirmed-title = Tu cuenta está activa
employee-account-confirmed-body = Tu cuenta está activa. Inicia sesión para continuar.
employee-account-confirm-gone = Este enlace no se puede usar: ya se usó, caducó o se envió uno más reciente. Si tu cuenta está activa, inicia sesión; si no, créala de nuevo para obtener otro enlace.
employee-account-confirm-missing = Esta página necesita el enlace del correo enviado a tu dirección personal. Crea tu cuenta para obtener uno, o inicia sesión.

## Password reset
employee-reset-title = Elige una contraseña nueva
employee-reset-lead = Escribe la dirección de correo personal de tu cuenta. Si tiene una, te enviaremos un enlace para elegir una contraseña nueva.
employee-reset-request-button = Enviar el enlace
employee-reset-sent-title = Revisa tu buzón personal
employee-reset-sent-body = Si { $email } tiene una cuenta, hemos enviado un enlace.
employee-reset-button = Guardar la contraseña nueva
employee-reset-gone = Este enlace no se puede usar: ya se usó, caducó o se envió uno más reciente. Pide un enlace nuevo.
employee-reset-again = Pedir un enlace nuevo
employee-reset-done-title = Tu contraseña ha cambiado
employee-reset-done-body = Se cerró tu sesión en todas partes. Inicia sesión con la contraseña nueva.

## Account (R17)
employee-account-title = Tu cuenta
employee-account-email = Dirección de correo personal
employee-account-country = País
employee-account-name = Nombre
employee-account-benefit = Tu ventaja
employee-account-grant-active = El descuento de tu organización está desbloqueado mediante { $email } hasta el { $date }.
employee-account-grant-expired = El descuento mediante { $email } ha terminado. Confirma de nuevo tu dirección del trabajo para comprar con descuento; lo que compraste sigue siendo tuyo.
employee-account-no-grant = Todavía no hay ninguna dirección del trabajo confirmada para esta cuenta.
employee-account-register-link = Confirmar una dirección del trabajo
employee-account-claim-failed = No se pudo usar la confirmación de tu dirección del trabajo (caducó o ya se usó). Regístrate de nuevo.
employee-signout = Cerrar sesión
employee-signed-in-as = Sesión iniciada como { $email }

## Errors next to the fields
employee-error-csrf = El formulario caducó. Inténtalo de nuevo.
employee-error-invalid-email = Esta no es una dirección de correo válida.
employee-error-not-participating = Tu organización ({ $domain }) no participa (todavía) en el Home Use Program. Pregunta a tu departamento de TI.
employee-error-work-address = Esta es la dirección de una organización. Usa tu dirección personal: las compras son tuyas y nunca afectan a tu cuenta del trabajo.
employee-error-password-short = La contraseña necesita al menos 8 caracteres.
employee-error-password-long = La contraseña puede tener como máximo 256 caracteres.
employee-error-password-common = Esta contraseña es una de las más comunes. Elige otra.
employee-error-country = Elige el país en el que vives.
employee-error-display-name = El nombre debe ser una línea de 100 caracteres como máximo, sin caracteres de control.
employee-error-invalid-token = Este enlace ya no es válido. Empieza de nuevo para obtener otro.
employee-error-invalid-claim = La confirmación de tu dirección del trabajo ya no es válida. Regístrate de nuevo.
employee-error-credentials = La dirección o la contraseña no son correctas.
employee-error-not-confirmed = Primero confirma tu dirección personal: abre el enlace que te enviamos.
employee-error-throttled = Demasiados intentos. Inténtalo de nuevo dentro de { $wait }.
employee-wait-seconds = { $n ->
    [one] 1 segundo
   *[other] { $n } segundos
}
employee-wait-minutes = { $n ->
    [one] un minuto aproximadamente
   *[other] unos { $n } minutos
}
employee-wait-hours = { $n ->
    [one] una hora aproximadamente
   *[other] unas { $n } horas
}
employee-error-consumer-domain = { $domain } es un dominio de correo de consumo, no el de una organización. Usa tu dirección del trabajo.
employee-nav-label = Tus páginas
employee-nav-offers = Ofertas
employee-nav-orders = Pedidos
employee-nav-account = Cuenta
# Issue 12: changing the account.
employee-account-profile = Tus datos
employee-account-country-hint = Tu país decide qué ofertas ves y sus precios.
employee-account-save = Guardar tus datos
employee-account-saved-profile = Tus datos se han guardado.
employee-account-password = Cambiar tu contraseña
employee-account-current-password = Contraseña actual
employee-account-new-password = Contraseña nueva
employee-account-change-password = Cambiar la contraseña
employee-account-saved-password = Tu contraseña ha cambiado. Se cerró tu sesión en todos los demás sitios.
employee-error-wrong-current-password = Esa no es tu contraseña actual.

# issue 12: the organization paused the benefit
employee-account-grant-paused = Tu organización ha pausado la ventaja que tienes mediante { $email }: por ahora no puedes comprar con descuento. No hay nada que confirmar de nuevo; pregunta a tu departamento de TI o vuelve más tarde. Lo que compraste sigue siendo tuyo.

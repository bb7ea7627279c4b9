## org admin security messages (es), issue 15

security-nav = Seguridad
security-title = Seguridad del inicio de sesión
security-lead = Protege tu cuenta de administrador con una aplicación de autenticación: así, para iniciar sesión necesitarás tu contraseña y el código actual de la aplicación.
security-required = El programa de tu organización exige una aplicación de autenticación para cada administrador. Configúrala para continuar.
security-app-lead = Escanea el código QR con una aplicación de autenticación (por ejemplo Microsoft Authenticator, Google Authenticator o 1Password), o escribe en ella la clave de abajo: 6 dígitos, cada 30 segundos.
security-qr-caption = Código QR de la clave para tu aplicación de autenticación
security-secret-label = O escribe esta clave:
security-field-code = Código de tu aplicación de autenticación
security-signin-code-hint = Solo si configuraste una aplicación de autenticación: sus 6 dígitos actuales o un código de recuperación.
security-enrol = Activar
security-enrolled = Tu aplicación de autenticación está configurada. A partir de ahora, al iniciar sesión se te pedirá su código.
security-enrolled-lead = Una aplicación de autenticación protege tu inicio de sesión. Te quedan { $left } códigos de recuperación.
security-replace-title = Cambiar a otra aplicación u otro dispositivo
security-remove = Desactivar
security-removed = La aplicación de autenticación está desactivada; para iniciar sesión solo necesitas tu contraseña.
security-codes-title = Guarda tus códigos de recuperación
security-codes-lead = Si pierdes tu aplicación de autenticación, cada uno de estos códigos te permite iniciar sesión una vez en lugar de un código. Guárdalos en un lugar seguro; solo se muestran ahora.
security-error-code-format = Un código tiene 6 dígitos.
security-error-code = Ese no es el código que muestra ahora tu aplicación. Comprueba que la aplicación se configuró con esta clave y que la hora de tu dispositivo es correcta.

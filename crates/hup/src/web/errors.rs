//! How refusals reach HTTP, decided once for the API and the pages: each service error says
//! what kind of [`Refusal`] it is; the API answers it as an RFC 9457 problem document and a
//! page with the same status. Internal errors are logged with the request and never shown.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::employees::EmployeeError;
use crate::operators::OperatorError;
use crate::orders::OrderError;
use crate::tenancy::TenancyError;

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Stable identifier of the kind of problem; clients branch on it.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Field-level reasons, for forms and bodies that failed validation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub reason: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 404: no such resource, or not the caller's.
    #[error("not found")]
    NotFound,
    /// 401: no or invalid credentials.
    #[error("unauthorized")]
    Unauthorized,
    /// 400: the body could not be read as the call expects.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// 422: the body was read but its content is not acceptable.
    #[error("unprocessable: {detail}")]
    Unprocessable {
        kind: &'static str,
        detail: String,
        errors: Vec<FieldProblem>,
    },
    /// 403: the caller is known but may not do this.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 403 with its own problem type, e.g. `awaiting-approval` (issue 12).
    #[error("forbidden: {detail}")]
    Denied { kind: &'static str, detail: String },
    /// 409: the request conflicts with the current state.
    #[error("conflict: {detail}")]
    Conflict { kind: &'static str, detail: String },
    /// 503 with its own problem type: a peer hup depends on (the payment provider) did not
    /// answer; nothing changed and the request may be repeated.
    #[error("unavailable: {detail}")]
    Unavailable { kind: &'static str, detail: String },
    /// 429: too many attempts; try again later.
    #[error("too many requests")]
    TooManyRequests,
    /// 429 with `Retry-After: seconds`: the caller may try again after that long.
    #[error("too many requests; retry after {0} s")]
    RetryAfter(u64),
    /// 413: the body is larger than the call accepts; the detail says the limit.
    #[error("payload too large: {0}")]
    PayloadTooLarge(String),
    /// 400 naming the one query or path parameter that could not be read: `kind` is
    /// `invalid-query` or `invalid-path`.
    #[error("bad parameter {field}: {detail}")]
    BadParameter {
        kind: &'static str,
        field: String,
        detail: String,
    },
    /// 405: the path exists but not with this method (`Allow` lists the ones it has).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// 415: the body is not of the media type the call reads; the detail names it.
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(String),
    /// 500: logged, never explained to the caller.
    #[error("internal: {0}")]
    Internal(#[from] anyhow::Error),
}

pub const TYPE_PREFIX: &str = "urn:hup:problem:";

impl ApiError {
    /// The HTTP status this error answers with.
    pub fn status(&self) -> StatusCode {
        self.parts().0
    }

    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not-found", "Not found"),
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "Authentication required",
            ),
            ApiError::BadRequest(_) => (
                StatusCode::BAD_REQUEST,
                "bad-request",
                "The request could not be read",
            ),
            ApiError::Unprocessable { kind, .. } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                kind,
                "The request is not acceptable",
            ),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden", "Not allowed"),
            ApiError::Denied { kind, .. } => (StatusCode::FORBIDDEN, kind, "Not allowed"),
            ApiError::Conflict { kind, .. } => (
                StatusCode::CONFLICT,
                kind,
                "The request conflicts with the current state",
            ),
            ApiError::Unavailable { kind, .. } => (
                StatusCode::SERVICE_UNAVAILABLE,
                kind,
                "A service hup depends on is unavailable",
            ),
            ApiError::TooManyRequests | ApiError::RetryAfter(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many attempts; try again later",
            ),
            ApiError::PayloadTooLarge(_) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload-too-large",
                "The request body is too large",
            ),
            ApiError::BadParameter { kind, .. } => (
                StatusCode::BAD_REQUEST,
                kind,
                "The request could not be read",
            ),
            ApiError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "Method not allowed",
            ),
            ApiError::UnsupportedMediaType(_) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
            ),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, kind, title) = self.parts();
        let mut retry_after = None;
        let (detail, errors) = match self {
            ApiError::Internal(e) => {
                tracing::error!(error = ?e, request_id = super::envelope::current_request_id(), "internal error");
                (None, Vec::new())
            }
            ApiError::BadRequest(d) => (Some(d), Vec::new()),
            ApiError::PayloadTooLarge(d) | ApiError::UnsupportedMediaType(d) => {
                (Some(d), Vec::new())
            }
            ApiError::BadParameter { field, detail, .. } => (
                Some(detail.clone()),
                vec![FieldProblem {
                    field,
                    reason: detail,
                }],
            ),
            ApiError::Unprocessable { detail, errors, .. } => (Some(detail), errors),
            ApiError::Forbidden(d)
            | ApiError::Denied { detail: d, .. }
            | ApiError::Conflict { detail: d, .. }
            | ApiError::Unavailable { detail: d, .. } => (Some(d), Vec::new()),
            ApiError::NotFound
            | ApiError::Unauthorized
            | ApiError::TooManyRequests
            | ApiError::MethodNotAllowed => (None, Vec::new()),
            ApiError::RetryAfter(seconds) => {
                retry_after = Some(seconds);
                (
                    Some(format!(
                        "try again in {}",
                        crate::employees::wait_in_english(seconds)
                    )),
                    Vec::new(),
                )
            }
        };
        let problem = Problem {
            kind: format!("{TYPE_PREFIX}{kind}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail,
            errors,
        };
        let body = serde_json::to_string(&problem).unwrap_or_else(|_| "{}".to_owned());
        let mut res = (
            status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            body,
        )
            .into_response();
        if let Some(seconds) = retry_after {
            res.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
        }
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        res
    }
}

/// A 422 whose one field problem repeats the detail.
pub fn field_problem(kind: &'static str, field: &str, detail: String) -> ApiError {
    ApiError::Unprocessable {
        kind,
        errors: vec![FieldProblem {
            field: field.to_owned(),
            reason: detail.clone(),
        }],
        detail,
    }
}

/// What kind of refusal a service error is, in HTTP's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// 422 naming the problem type and the field at fault.
    Field {
        kind: &'static str,
        field: &'static str,
    },
    /// 400: the request could not be read as the call expects.
    BadRequest,
    /// 401.
    Unauthorized,
    /// 403.
    Forbidden,
    /// 403 with a problem type of its own.
    Denied(&'static str),
    /// 404: no such resource, or not the caller's.
    NotFound,
    /// 409 with a problem type.
    Conflict(&'static str),
    /// 429, and `Retry-After` when the wait is known.
    TooManyRequests(Option<u64>),
    /// 503 with a problem type.
    Unavailable(&'static str),
    /// 500.
    Internal,
}

impl Refusal {
    pub fn status(self) -> StatusCode {
        match self {
            Refusal::Field { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Refusal::BadRequest => StatusCode::BAD_REQUEST,
            Refusal::Unauthorized => StatusCode::UNAUTHORIZED,
            Refusal::Forbidden | Refusal::Denied(_) => StatusCode::FORBIDDEN,
            Refusal::NotFound => StatusCode::NOT_FOUND,
            Refusal::Conflict(_) => StatusCode::CONFLICT,
            Refusal::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Refusal::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Refusal::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The API's answer for `error`, a refusal of this kind.
    fn answer<E>(self, error: E) -> ApiError
    where
        E: std::error::Error + Send + Sync + 'static,
    {
        let detail = error.to_string();
        match self {
            Refusal::Field { kind, field } => field_problem(kind, field, detail),
            Refusal::BadRequest => ApiError::BadRequest(detail),
            Refusal::Unauthorized => ApiError::Unauthorized,
            Refusal::Forbidden => ApiError::Forbidden(detail),
            Refusal::Denied(kind) => ApiError::Denied { kind, detail },
            Refusal::NotFound => ApiError::NotFound,
            Refusal::Conflict(kind) => ApiError::Conflict { kind, detail },
            Refusal::TooManyRequests(Some(seconds)) => ApiError::RetryAfter(seconds),
            Refusal::TooManyRequests(None) => ApiError::TooManyRequests,
            Refusal::Unavailable(kind) => ApiError::Unavailable { kind, detail },
            Refusal::Internal => ApiError::Internal(anyhow::Error::new(error)),
        }
    }
}

/// A service error that knows which [`Refusal`] it is.
pub trait Refuses {
    fn refusal(&self) -> Refusal;
}

impl Refuses for TenancyError {
    fn refusal(&self) -> Refusal {
        let field = |kind, field| Refusal::Field { kind, field };
        match self {
            TenancyError::InvalidEmail(_) => field("invalid-email", "work_email"),
            TenancyError::InvalidDomain(_) => field("invalid-domain", "domain"),
            TenancyError::ConsumerDomain(_) => field("consumer-domain", "work_email"),
            TenancyError::InvalidPassword(_) => field("invalid-password", "password"),
            TenancyError::InvalidToken => field("invalid-token", "token"),
            TenancyError::UnknownCustomer(_) => field("unknown-customer", "customer_number"),
            TenancyError::InvalidCode(_) => field("invalid-code", "code"),
            TenancyError::BadCredentials => Refusal::Unauthorized,
            TenancyError::TooManyAttempts(seconds) => Refusal::TooManyRequests(Some(*seconds)),
            TenancyError::NotFound => Refusal::NotFound,
            TenancyError::Forbidden(d) => match d.kind() {
                "forbidden" => Refusal::Forbidden,
                kind => Refusal::Denied(kind),
            },
            TenancyError::AwaitingApproval { .. } => Refusal::Denied("awaiting-approval"),
            TenancyError::Conflict { kind, .. } => Refusal::Conflict(kind),
            TenancyError::Store(_) | TenancyError::Internal(_) => Refusal::Internal,
        }
    }
}

impl Refuses for EmployeeError {
    fn refusal(&self) -> Refusal {
        let field = |kind, field| Refusal::Field { kind, field };
        match self {
            EmployeeError::InvalidEmail(_) => field("invalid-email", "email"),
            EmployeeError::NotParticipating(_) => {
                field("organization-not-participating", "work_email")
            }
            EmployeeError::ConsumerDomain(_) => field("consumer-domain", "work_email"),
            EmployeeError::WorkAddressAsPersonal(_) => field("work-address-as-personal", "email"),
            EmployeeError::InvalidPassword(_) => field("invalid-password", "password"),
            EmployeeError::InvalidCountry(_) => field("invalid-country", "country"),
            EmployeeError::InvalidDisplayName => field("invalid-display-name", "display_name"),
            EmployeeError::InvalidToken => field("invalid-token", "token"),
            EmployeeError::InvalidClaim => field("invalid-claim", "claim"),
            EmployeeError::BadCredentials => Refusal::Unauthorized,
            EmployeeError::WrongCurrentPassword => field("wrong-password", "current_password"),
            EmployeeError::NotConfirmed => Refusal::Conflict("account-not-confirmed"),
            EmployeeError::Throttled(seconds) => Refusal::TooManyRequests(Some(*seconds)),
            EmployeeError::Several(all) => all.first().map_or(Refusal::Internal, |e| e.refusal()),
            EmployeeError::Store(_) | EmployeeError::Internal(_) => Refusal::Internal,
        }
    }
}

impl Refuses for OrderError {
    fn refusal(&self) -> Refusal {
        let field = |kind, field| Refusal::Field { kind, field };
        match self {
            OrderError::InvalidKey => Refusal::BadRequest,
            OrderError::KeyReused => field("idempotency-key-reused", "Idempotency-Key"),
            OrderError::NoSuchOffer { .. } => field("offer-not-available", "product"),
            OrderError::Unavailable(_) => Refusal::Conflict("offers-unavailable"),
            OrderError::RegionalStore(_) => Refusal::Conflict("regional-store"),
            OrderError::LimitReached { .. } => Refusal::Conflict("limit-reached"),
            OrderError::NotFound => Refusal::NotFound,
            OrderError::WrongState(_) | OrderError::SubscriptionState(_) => {
                Refusal::Conflict("order-state")
            }
            OrderError::InvalidPaymentMethod => field("invalid-payment-method", "payment_method"),
            OrderError::PaymentRefused(_) => field("payment-method-refused", "payment_method"),
            OrderError::ProviderUnavailable(_) => {
                Refusal::Unavailable("payment-provider-unavailable")
            }
            OrderError::Store(_) | OrderError::Mail(_) | OrderError::Internal(_) => {
                Refusal::Internal
            }
        }
    }
}

impl Refuses for OperatorError {
    fn refusal(&self) -> Refusal {
        let field = |kind, field| Refusal::Field { kind, field };
        match self {
            OperatorError::InvalidEmail(_) => field("invalid-email", "email"),
            OperatorError::InvalidPassword(_) => field("invalid-password", "password"),
            OperatorError::InvalidToken => field("invalid-token", "token"),
            OperatorError::InvalidCode(_) => field("invalid-code", "code"),
            OperatorError::BadCredentials => Refusal::Unauthorized,
            OperatorError::TooManyAttempts(seconds) => Refusal::TooManyRequests(Some(*seconds)),
            OperatorError::Exists(_) => Refusal::Conflict("operator-exists"),
            OperatorError::NotFound(_) => Refusal::NotFound,
            OperatorError::Secrets(_) | OperatorError::Store(_) | OperatorError::Internal(_) => {
                Refusal::Internal
            }
        }
    }
}

macro_rules! answered_by_refusal {
    ($($error:ty),*) => {$(
        impl From<$error> for ApiError {
            fn from(e: $error) -> Self {
                e.refusal().answer(e)
            }
        }
    )*};
}

answered_by_refusal!(TenancyError, OrderError, OperatorError);

impl From<EmployeeError> for ApiError {
    /// Several wrong fields answer with the first one's problem type and every field's reason
    /// (issue 12).
    fn from(e: EmployeeError) -> Self {
        let EmployeeError::Several(all) = e else {
            return e.refusal().answer(e);
        };
        let mut errors = Vec::new();
        let mut first = None;
        for one in all {
            if let Refusal::Field { kind, field } = one.refusal() {
                first.get_or_insert(kind);
                errors.push(FieldProblem {
                    field: field.to_owned(),
                    reason: one.to_string(),
                });
            }
        }
        let detail = errors
            .iter()
            .map(|p| p.reason.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        ApiError::Unprocessable {
            kind: first.unwrap_or("invalid"),
            detail,
            errors,
        }
    }
}

//! The error responses every operation can give, added to the OpenAPI document in one place
//! (issue 11: 9), so a client or a schema fuzzer reads from the document what the server
//! does: every status of 400 and up is `application/problem+json` with the [`Problem`]
//! schema, and each operation lists the refusals its shape allows: 400 when it reads a
//! parameter or a body, 401 when it needs credentials, 404 when its path names a resource,
//! 413/415/422 when it reads a body, 422 `invalid-text` when it reads a path or query value.
//! The refusals only one call gives (403, 409, 429) stay in that call's annotation.
//!
//! [`Problem`]: super::problem::Problem

use utoipa::openapi::content::Content;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::response::Response;
use utoipa::openapi::{OpenApi, Ref, RefOr};
use utoipa::Modify;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// Adds the common error responses to every operation of the document.
pub struct ProblemResponses;

impl Modify for ProblemResponses {
    fn modify(&self, openapi: &mut OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let names_a_resource = path.contains('{');
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
                &mut item.head,
                &mut item.options,
                &mut item.trace,
            ]
            .into_iter()
            .flatten()
            {
                complete(operation, names_a_resource);
            }
        }
    }
}

fn complete(operation: &mut Operation, names_a_resource: bool) {
    let reads_parameters = operation.parameters.as_ref().is_some_and(|ps| {
        ps.iter().any(|p| {
            matches!(
                p.parameter_in,
                ParameterIn::Query | ParameterIn::Path | ParameterIn::Header
            )
        })
    });
    let reads_text_parameters = operation.parameters.as_ref().is_some_and(|ps| {
        ps.iter()
            .any(|p| matches!(p.parameter_in, ParameterIn::Query | ParameterIn::Path))
    });
    let reads_body = operation.request_body.is_some();
    let needs_credentials = operation.security.as_ref().is_some_and(|reqs| {
        reqs.iter().any(|r| {
            serde_json::to_value(r).is_ok_and(|v| v.as_object().is_some_and(|o| !o.is_empty()))
        })
    });

    // A body documented only as TOML is also read as text/plain: the server reads the bytes
    // whatever the content type, and tools that cannot write TOML can send it as text.
    if let Some(body) = operation.request_body.as_mut() {
        if let Some(toml) = body.content.get("application/toml").cloned() {
            body.content.entry("text/plain".into()).or_insert(toml);
        }
    }

    let responses = &mut operation.responses.responses;
    let mut add = |status: &str, description: &str| {
        responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::T(problem_response(description)));
    };
    if reads_parameters || reads_body {
        add(
            "400",
            "`bad-request`: the request could not be read; `invalid-query` or `invalid-path`: \
             the parameter named in `errors` is not of its type",
        );
    }
    if needs_credentials {
        add(
            "401",
            "`unauthorized`: no or invalid credentials (`WWW-Authenticate: Bearer`)",
        );
    }
    if names_a_resource {
        add("404", "`not-found`: no such resource, or not the caller's");
    }
    if reads_text_parameters && !reads_body {
        add(
            "422",
            "`invalid-text`: a path segment or query value holds a control character; \
             `errors[0].field` names it",
        );
    }
    if reads_body {
        add(
            "413",
            "`payload-too-large`: the body is over the call's limit",
        );
        add(
            "415",
            "`unsupported-media-type`: the body is not of the documented content type",
        );
        add(
            "422",
            "`invalid-body` or a field's problem type: the body was read but is not acceptable",
        );
    }

    // Every error, documented here or in the call's annotation, is problem+json.
    for (status, response) in responses.iter_mut() {
        let is_error = status.parse::<u16>().is_ok_and(|s| s >= 400);
        if let (true, RefOr::T(response)) = (is_error, response) {
            as_problem(response);
        }
    }
}

fn problem_schema() -> Content {
    Content::new(Some(RefOr::Ref(Ref::from_schema_name("Problem"))))
}

fn problem_response(description: &str) -> Response {
    let mut response = Response::new(description);
    response
        .content
        .insert(PROBLEM_JSON.into(), problem_schema());
    response
}

/// Relabels an error response's `application/json` (utoipa's default for a body) as
/// problem+json, and gives one without a body the problem schema.
fn as_problem(response: &mut Response) {
    let content = std::mem::take(&mut response.content);
    let schema = content
        .into_iter()
        .map(|(_, c)| c)
        .find(|c| c.schema.is_some())
        .unwrap_or_else(problem_schema);
    response.content.insert(PROBLEM_JSON.into(), schema);
}

#[cfg(test)]
mod tests {
    use super::*;
    use utoipa::openapi::path::{OperationBuilder, ParameterBuilder, PathItem};
    use utoipa::openapi::request_body::RequestBodyBuilder;
    use utoipa::openapi::{HttpMethod, PathsBuilder};

    fn document(operation: Operation, path: &str) -> OpenApi {
        let mut doc = OpenApi::new(
            utoipa::openapi::Info::new("t", "1"),
            PathsBuilder::new().path(path, PathItem::new(HttpMethod::Post, operation)),
        );
        ProblemResponses.modify(&mut doc);
        doc
    }

    fn statuses(doc: &OpenApi, path: &str) -> Vec<String> {
        let op = doc.paths.paths[path].post.as_ref().unwrap();
        op.responses.responses.keys().cloned().collect()
    }

    /// Issue 11 (9): a call with a body and a path parameter documents every refusal it can
    /// give, all problem+json; one without either documents none it cannot give.
    #[test]
    fn the_responses_follow_the_shape_of_the_call() {
        let with_body = OperationBuilder::new()
            .parameter(
                ParameterBuilder::new()
                    .name("tenant")
                    .parameter_in(ParameterIn::Path),
            )
            .request_body(Some(
                RequestBodyBuilder::new()
                    .content("application/json", Content::new(None::<RefOr<_>>))
                    .build(),
            ))
            .response("200", Response::new("ok"))
            .response(
                "409",
                utoipa::openapi::ResponseBuilder::new()
                    .description("conflict")
                    .content("application/json", problem_schema()),
            )
            .build();
        let doc = document(with_body, "/t/{tenant}");
        assert_eq!(
            statuses(&doc, "/t/{tenant}"),
            ["200", "400", "404", "409", "413", "415", "422"]
        );
        let op = doc.paths.paths["/t/{tenant}"].post.as_ref().unwrap();
        for (status, response) in &op.responses.responses {
            let RefOr::T(response) = response else {
                panic!()
            };
            if status != "200" {
                let types: Vec<&String> = response.content.keys().collect();
                assert_eq!(types, [PROBLEM_JSON], "{status}");
            }
        }

        // A path or query value can hold a control character: 422 `invalid-text`.
        let with_path = OperationBuilder::new()
            .parameter(
                ParameterBuilder::new()
                    .name("customer_number")
                    .parameter_in(ParameterIn::Path),
            )
            .response("200", Response::new("ok"))
            .build();
        assert_eq!(
            statuses(
                &document(with_path, "/c/{customer_number}"),
                "/c/{customer_number}"
            ),
            ["200", "400", "404", "422"]
        );

        let bare = OperationBuilder::new()
            .response("200", Response::new("ok"))
            .build();
        assert_eq!(statuses(&document(bare, "/t"), "/t"), ["200"]);
    }
}

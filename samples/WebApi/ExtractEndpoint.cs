using System.Text.Json;
using EntityExtractor;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WebApi;

/// <summary>
/// <c>POST /extract</c>: reads <c>{"text": "..."}</c> and answers with the <see cref="ExtractionResult"/> as JSON, or
/// with a problem details body that says what was wrong with the request.
/// </summary>
internal static class ExtractEndpoint
{
    /// <summary>The longest article accepted, in UTF-16 code units (a long news article is about 10,000).</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>
    /// The largest body Kestrel reads: room for <see cref="MaxTextLength"/> characters even when JSON escapes every
    /// one as <c>\uXXXX</c>, so an article within the limit is never cut off by the server first.
    /// </summary>
    public const long MaxBodyBytes = (6L * MaxTextLength) + 1024;

    private const string Shape = "Send a JSON object with a string \"text\": {\"text\": \"At least four people were killed in Kano.\"}.";

    public static async Task<Results<Ok<ExtractionResult>, ProblemHttpResult>> HandleAsync(HttpRequest request, NewsEntityExtractor extractor, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "The body is not JSON.", $"Content-Type must be application/json. {Shape}");
        }

        ExtractRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync(WebApiJsonContext.Default.ExtractRequest, cancellationToken);
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is empty or not valid JSON.", $"{e.Message} {Shape}");
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel refuses a body over MaxRequestBodySize with 413.
            return Problem(e.StatusCode, "The request body could not be read.", e.Message);
        }

        string? text = body?.Text;
        if (text is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body has no text.", Shape);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Problem(StatusCodes.Status400BadRequest, "The text is empty.", "Paste an article: \"text\" holds no characters but white space.");
        }

        int limit = extractor.Options.MaxTextLength;
        if (text.Length > limit)
        {
            return Problem(
                StatusCodes.Status413PayloadTooLarge,
                "The text is too long.",
                $"The text is {text.Length:N0} characters long; this service reads at most {limit:N0}. Split the article and send the parts.");
        }

        return TypedResults.Ok(extractor.Extract(text, cancellationToken));
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}

using System.Text.Json;

namespace EntityExtractor.Cli.Documents;

/// <summary>
/// Reads one line of JSON Lines input: an object with <c>"id"</c> (string, number or null; optional) and
/// <c>"text"</c> (string); other fields are ignored.
/// </summary>
internal static class JsonLineParser
{
    /// <summary>
    /// The line's id and text, or <see langword="false"/> with <paramref name="error"/> saying what is wrong (and
    /// <paramref name="id"/> set when the line had a readable one).
    /// </summary>
    public static bool TryRead(string line, int maxTextLength, out DocumentId id, out string text, out string error)
    {
        id = DocumentId.None;
        text = string.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            error = $"not valid JSON: {e.Message}";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, got {root.ValueKind}";
                return false;
            }

            JsonElement? idElement = root.TryGetProperty("id", out var value) ? value : null;
            if (idElement is { ValueKind: not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null) })
            {
                error = "\"id\" must be a string or a number";
                return false;
            }

            id = DocumentId.FromJson(idElement);
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                error = "the object has no \"text\" string";
                return false;
            }

            text = JsonStringLiteral.Read(textElement);
            return TextFits(text, maxTextLength, out error);
        }
    }

    /// <summary>Whether <paramref name="text"/> is within the <c>--max-length</c> limit; the error message when not.</summary>
    public static bool TextFits(string text, int maxTextLength, out string error)
    {
        error = text.Length > maxTextLength
            ? $"the text is {text.Length} characters long, over the limit of {maxTextLength} (--max-length)"
            : string.Empty;
        return error.Length == 0;
    }
}

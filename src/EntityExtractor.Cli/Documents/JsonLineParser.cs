using System.Globalization;
using System.Text.Json;

namespace EntityExtractor.Cli.Documents;

/// <summary>
/// Reads one line of JSON Lines input: an object with <c>"id"</c> (string, number or null; optional),
/// <c>"text"</c> (string) and <c>"date"</c> (the publication date, <c>yyyy-MM-dd</c>; optional); other fields are ignored.
/// </summary>
internal static class JsonLineParser
{
    /// <summary>
    /// The line's id and text, or <see langword="false"/> with <paramref name="error"/> saying what is wrong (and
    /// <paramref name="id"/> set when the line had a readable one).
    /// </summary>
    public static bool TryRead(string line, int maxTextLength, out DocumentId id, out string text, out DateOnly? date, out string error)
    {
        id = DocumentId.None;
        text = string.Empty;
        date = null;
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

            if (!TryReadDate(root, out date))
            {
                error = "\"date\" must be an ISO 8601 date string, yyyy-MM-dd";
                return false;
            }

            text = JsonStringLiteral.Read(textElement);
            return TextFits(text, maxTextLength, out error);
        }
    }

    /// <summary>The optional <c>"date"</c>: absent or null is no date; anything but a <c>yyyy-MM-dd</c> string is an error.</summary>
    private static bool TryReadDate(JsonElement root, out DateOnly? date)
    {
        date = null;
        if (!root.TryGetProperty("date", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            date = parsed;
            return true;
        }

        return false;
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

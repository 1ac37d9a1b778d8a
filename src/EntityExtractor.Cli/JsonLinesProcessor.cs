using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityExtractor.Cli;

/// <summary>
/// The CLI's <c>--jsonl</c> mode: one JSON object a line in (<c>"id"</c> and <c>"text"</c>), one result object a line
/// out, in order. A line that is not a JSON object with a string <c>text</c> yields <c>{"id":…, "error":"…"}</c>
/// and processing goes on.
/// </summary>
internal sealed class JsonLinesProcessor
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep non-ASCII text readable; still valid JSON (quotes, controls and lone surrogates are escaped).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly NewsEntityExtractor _extractor;
    private readonly JsonLinesOptions _options;

    public JsonLinesProcessor(NewsEntityExtractor extractor, JsonLinesOptions options)
    {
        _extractor = extractor;
        _options = options;
    }

    /// <summary>Processes every line of <paramref name="input"/>, writing one line a line to <paramref name="output"/>.</summary>
    /// <returns>The number of lines that produced an error object.</returns>
    public int Process(TextReader input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        int errors = 0;
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (!ProcessLine(line, writer))
            {
                errors++;
            }

            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
        }

        output.Flush();
        return errors;
    }

    private bool ProcessLine(string line, Utf8JsonWriter writer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            ResultJsonWriter.WriteError(writer, null, $"not valid JSON: {e.Message}");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                ResultJsonWriter.WriteError(writer, null, $"expected a JSON object, got {root.ValueKind}");
                return false;
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement : null;
            if (id is { ValueKind: not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null) })
            {
                ResultJsonWriter.WriteError(writer, null, "\"id\" must be a string or a number");
                return false;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                ResultJsonWriter.WriteError(writer, id, "the object has no \"text\" string");
                return false;
            }

            string text = textElement.GetString() ?? string.Empty;
            var result = _extractor.Extract(text);
            ResultJsonWriter.Write(writer, id, result, _options);
            return true;
        }
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityExtractor.Cli;

/// <summary>
/// The CLI's <c>--jsonl</c> mode: one JSON object a line in (<c>"id"</c> and <c>"text"</c>), one result object a line
/// out, in order. A line that is not a JSON object with a string <c>text</c> yields <c>{"id":…, "error":"…"}</c>
/// and processing goes on. Lines are read in batches that are processed in parallel and written in input order.
/// </summary>
internal sealed class JsonLinesProcessor
{
    /// <summary>Lines read before a batch is processed; bounds memory while keeping every core busy.</summary>
    private const int BatchSize = 256;

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
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(options);
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
        var lines = new List<string>(BatchSize);
        var results = new LineResult[BatchSize];
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lines.Add(line);
            if (lines.Count == BatchSize)
            {
                errors += ProcessBatch(lines, results, output);
                lines.Clear();
            }
        }

        errors += ProcessBatch(lines, results, output);
        output.Flush();
        return errors;
    }

    private int ProcessBatch(List<string> lines, LineResult[] results, Stream output)
    {
        Parallel.For(0, lines.Count, i => results[i] = ProcessLine(lines[i]));
        int errors = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            output.Write(results[i].Json.Span);
            output.WriteByte((byte)'\n');
            errors += results[i].IsError ? 1 : 0;
            results[i] = default;
        }

        return errors;
    }

    private LineResult ProcessLine(string line)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        bool ok;
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            ok = WriteLine(line, writer);
        }

        return new LineResult(buffer.WrittenMemory, !ok);
    }

    private bool WriteLine(string line, Utf8JsonWriter writer)
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

    private readonly record struct LineResult(ReadOnlyMemory<byte> Json, bool IsError);
}

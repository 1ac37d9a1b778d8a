using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityExtractor.Cli;

/// <summary>
/// The CLI's <c>--jsonl</c> mode: one JSON object a line in (<c>"id"</c> and <c>"text"</c>), one result object a line
/// out, in order. A line that is not a JSON object with a string <c>text</c> yields <c>{"id":…, "error":"…"}</c>
/// and processing goes on. Lines are read in batches that are processed in parallel and written in input order;
/// one document that fails, for whatever reason, gets its error object and never takes its batch down with it.
/// </summary>
internal sealed class JsonLinesProcessor
{
    /// <summary>Lines read before a batch is processed; bounds memory while keeping every core busy.</summary>
    private const int BatchSize = 256;

    /// <summary>Characters read before a batch is processed however few lines it has, so a batch of huge lines stays small.</summary>
    private const int BatchChars = 8 * 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep non-ASCII text readable; still valid JSON (quotes and controls are escaped, a lone surrogate in
        // output text is written as U+FFFD).
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
    /// <returns>How many lines were read and how many produced an error object.</returns>
    /// <exception cref="IOException">Reading the input or writing the output failed.</exception>
    public JsonLinesCounts Process(TextReader input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var reader = new JsonLinesReader(input);
        var counts = default(JsonLinesCounts);
        var lines = new List<string>(BatchSize);
        var results = new LineResult[BatchSize];
        long chars = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lines.Add(line);
            chars += line.Length;
            if (lines.Count == BatchSize || chars >= BatchChars)
            {
                counts += ProcessBatch(lines, results, output);
                lines.Clear();
                chars = 0;
            }
        }

        counts += ProcessBatch(lines, results, output);
        output.Flush();
        return counts;
    }

    private JsonLinesCounts ProcessBatch(List<string> lines, LineResult[] results, Stream output)
    {
        Parallel.For(0, lines.Count, i => results[i] = ProcessLine(lines[i]));
        var counts = new JsonLinesCounts(lines.Count, 0, 0);
        for (int i = 0; i < lines.Count; i++)
        {
            output.Write(results[i].Json.Span);
            output.WriteByte((byte)'\n');
            counts += results[i].Outcome switch
            {
                LineOutcome.BadInput => new JsonLinesCounts(0, 1, 0),
                LineOutcome.InternalError => new JsonLinesCounts(0, 0, 1),
                _ => default,
            };
            results[i] = default;
        }

        return counts;
    }

    private LineResult ProcessLine(string line)
    {
        try
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            bool ok;
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                ok = WriteLine(line, writer);
            }

            return new LineResult(buffer.WrittenMemory, ok ? LineOutcome.Done : LineOutcome.BadInput);
        }
#pragma warning disable CA1031 // The run goes on whatever one document does; the error is reported in its own line.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                ResultJsonWriter.WriteError(writer, null, $"internal error: {e.GetType().Name}: {e.Message}");
            }

            return new LineResult(buffer.WrittenMemory, LineOutcome.InternalError);
        }
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

            string text = JsonStringLiteral.Read(textElement);
            if (text.Length > _extractor.Options.MaxTextLength)
            {
                ResultJsonWriter.WriteError(writer, id, $"the text is {text.Length} characters long, over the limit of {_extractor.Options.MaxTextLength} (--max-length)");
                return false;
            }

            var result = _extractor.Extract(text);
            ResultJsonWriter.Write(writer, id, result, _options);
            return true;
        }
    }

    private enum LineOutcome
    {
        Done,
        BadInput,
        InternalError,
    }

    private readonly record struct LineResult(ReadOnlyMemory<byte> Json, LineOutcome Outcome);
}

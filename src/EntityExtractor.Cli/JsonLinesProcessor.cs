using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntityExtractor.Batching;

namespace EntityExtractor.Cli;

/// <summary>
/// The CLI's <c>--jsonl</c> mode: one JSON object a line in (<c>"id"</c>, <c>"text"</c> and optionally <c>"date"</c>,
/// the publication date as <c>yyyy-MM-dd</c>), one result object a line
/// out, in order. A line that is not a JSON object with a string <c>text</c> yields <c>{"id":…, "error":"…"}</c>
/// and processing goes on. Lines are processed on every core and written in input order, through the library's
/// ordered parallel loop (the one behind <see cref="NewsEntityExtractor.ExtractMany"/>): work runs ahead of the output
/// by a bounded window, so a slow document holds back only the output after it. One document that fails, for
/// whatever reason, gets its error object and never takes another line down with it.
/// </summary>
internal sealed class JsonLinesProcessor
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep non-ASCII text readable; still valid JSON (quotes and controls are escaped, a lone surrogate in
        // output text is written as U+FFFD).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly NewsEntityExtractor _extractor;
    private readonly JsonLinesOptions _options;
    private readonly int _workers;

    /// <param name="extractor">The shared extractor.</param>
    /// <param name="options">What the output carries.</param>
    /// <param name="maxDegreeOfParallelism">How many lines are processed at once: -1 for one per core.</param>
    public JsonLinesProcessor(NewsEntityExtractor extractor, JsonLinesOptions options, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(options);
        _extractor = extractor;
        _options = options;
        _workers = OrderedParallel.Workers(maxDegreeOfParallelism);
    }

    /// <summary>Processes every line of <paramref name="input"/>, writing one line a line to <paramref name="output"/>.</summary>
    /// <returns>How many lines were read and how many produced an error object.</returns>
    /// <exception cref="IOException">Reading the input or writing the output failed.</exception>
    public JsonLinesCounts Process(TextReader input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var counts = default(JsonLinesCounts);
        foreach (var result in OrderedParallel.Select(ReadLines(new JsonLinesReader(input)), ProcessLine, _workers, CancellationToken.None))
        {
            output.Write(result.Json.Span);
            output.WriteByte((byte)'\n');
            counts += result.Outcome switch
            {
                LineOutcome.BadInput => new JsonLinesCounts(1, 1, 0),
                LineOutcome.InternalError => new JsonLinesCounts(1, 0, 1),
                _ => new JsonLinesCounts(1, 0, 0),
            };
        }

        output.Flush();
        return counts;
    }

    private static IEnumerable<string> ReadLines(JsonLinesReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
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

            DateOnly? date = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                if (dateElement.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly parsed))
                {
                    ResultJsonWriter.WriteError(writer, id, "\"date\" must be an ISO 8601 date string, yyyy-MM-dd");
                    return false;
                }

                date = parsed;
            }

            var result = _extractor.Extract(text, date);
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

using EntityExtractor.Cli.Documents;
using EntityExtractor.Cli.Formats;

namespace EntityExtractor.Cli;

/// <summary>
/// The JSON Lines contract end to end: one JSON object a line in (<c>"id"</c> and <c>"text"</c>), one result object a
/// line out, in order; a line that is not a JSON object with a string <c>text</c> yields <c>{"id":…, "error":"…"}</c>
/// and processing goes on. The worker mode answers each message with <see cref="ProcessLine"/>, so both agree.
/// </summary>
internal sealed class JsonLinesProcessor
{
    private readonly DocumentProcessor _processor;

    /// <param name="extractor">The shared extractor.</param>
    /// <param name="options">What the output carries.</param>
    /// <param name="maxDegreeOfParallelism">How many lines are processed at once: -1 for one per core.</param>
    public JsonLinesProcessor(NewsEntityExtractor extractor, JsonLinesOptions options, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(options);
        _processor = new DocumentProcessor(extractor, new JsonLinesFormat(options), maxDegreeOfParallelism);
    }

    /// <summary>Processes every line of <paramref name="input"/>, writing one line a line to <paramref name="output"/>.</summary>
    /// <returns>How many lines were read and how many produced an error object.</returns>
    /// <exception cref="IOException">Reading the input or writing the output failed.</exception>
    public DocumentCounts Process(TextReader input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _processor.Process(InputFiles.JsonLines(input), output);
    }

    /// <summary>One line's output object (UTF-8 JSON, without the newline) and what became of the line.</summary>
    public RenderedDocument ProcessLine(string line)
    {
        var rendered = _processor.Render(InputDocument.FromJsonLine(line));
        return rendered with { Output = rendered.Output[..^1] };
    }
}

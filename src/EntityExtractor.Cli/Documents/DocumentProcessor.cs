using System.Buffers;
using EntityExtractor.Batching;
using EntityExtractor.Cli.Formats;

namespace EntityExtractor.Cli.Documents;

/// <summary>
/// Reads documents on every core and writes their results in input order, through the library's ordered parallel
/// loop (the one behind <see cref="NewsEntityExtractor.ExtractMany"/>): work runs ahead of the output by a bounded
/// window, so a slow document holds back only the output after it. Every document gets exactly one output (a result
/// or an error), and one that fails, for whatever reason, never takes another down with it.
/// </summary>
internal sealed class DocumentProcessor
{
    private readonly NewsEntityExtractor _extractor;
    private readonly IResultFormat _format;
    private readonly int _workers;

    /// <param name="extractor">The shared extractor.</param>
    /// <param name="format">How results are written.</param>
    /// <param name="maxDegreeOfParallelism">How many documents are read at once: -1 for one per core.</param>
    public DocumentProcessor(NewsEntityExtractor extractor, IResultFormat format, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(format);
        _extractor = extractor;
        _format = format;
        _workers = OrderedParallel.Workers(maxDegreeOfParallelism);
    }

    /// <summary>Reads every document and writes its output to <paramref name="output"/>, in order.</summary>
    /// <param name="documents">The documents, read lazily on this thread.</param>
    /// <param name="output">Where the format's bytes go.</param>
    /// <param name="written">Called after each document's output is written (for a progress bar).</param>
    /// <returns>How many documents were read, how many could not be, and how many failed inside the library.</returns>
    /// <exception cref="IOException">Reading the input or writing the output failed.</exception>
    public DocumentCounts Process(IEnumerable<InputDocument> documents, Stream output, Action? written = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        if (_format.Header.Length > 0)
        {
            output.Write(System.Text.Encoding.UTF8.GetBytes(_format.Header));
        }

        var counts = default(DocumentCounts);
        foreach (var rendered in OrderedParallel.Select(documents, Render, _workers, CancellationToken.None))
        {
            output.Write(rendered.Output.Span);
            counts += DocumentCounts.Of(rendered.Outcome);
            written?.Invoke();
        }

        output.Flush();
        return counts;
    }

    /// <summary>One document's output, as <see cref="Process"/> writes it, and what became of the document.</summary>
    public RenderedDocument Render(InputDocument document)
    {
        DocumentId id = document.Id;
        try
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            if (!TryRead(document, out id, out string text, out DateOnly? date, out string error))
            {
                _format.WriteError(buffer, id, error);
                return new RenderedDocument(buffer.WrittenMemory, DocumentOutcome.BadInput);
            }

            _format.WriteResult(buffer, id, _extractor.Extract(text, date));
            return new RenderedDocument(buffer.WrittenMemory, DocumentOutcome.Done);
        }
#pragma warning disable CA1031 // The run goes on whatever one document does; the error is reported in its own output.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            _format.WriteError(buffer, id, $"internal error: {e.GetType().Name}: {e.Message}");
            return new RenderedDocument(buffer.WrittenMemory, DocumentOutcome.InternalError);
        }
    }

    private bool TryRead(InputDocument document, out DocumentId id, out string text, out DateOnly? date, out string error)
    {
        int limit = _extractor.Options.MaxTextLength;
        if (document.JsonLine is { } line)
        {
            return JsonLineParser.TryRead(line, limit, out id, out text, out date, out error);
        }

        date = null;
        id = document.Id;
        text = document.Text ?? string.Empty;
        if (document.Error is { } unreadable)
        {
            error = unreadable;
            return false;
        }

        return JsonLineParser.TextFits(text, limit, out error);
    }
}

/// <summary>What became of one document.</summary>
internal enum DocumentOutcome
{
    /// <summary>Read, and its result written.</summary>
    Done,

    /// <summary>Not a readable document (bad JSON, no text, over the length limit); an error was written.</summary>
    BadInput,

    /// <summary>Extraction failed inside the library (a bug); an error was written.</summary>
    InternalError,
}

/// <summary>One document's output bytes and its outcome.</summary>
internal readonly record struct RenderedDocument(ReadOnlyMemory<byte> Output, DocumentOutcome Outcome);

using System.Text;
using EntityExtractor.Batching;
using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli.Worker;

/// <summary>
/// Turns a batch of deliveries into result objects through the JSON Lines mode's own line processing, on every core
/// through the library's ordered parallel loop (the one behind <see cref="NewsEntityExtractor.ExtractMany"/>).
/// </summary>
internal sealed class BatchExtractor
{
    // As the JSON Lines reader decodes its input: bytes that are not UTF-8 become U+FFFD.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly JsonLinesProcessor _processor;
    private readonly int _workers;

    /// <param name="options">The worker's options: text limit, output fields and parallelism.</param>
    public BatchExtractor(WorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { MaxTextLength = options.MaxLength });
        _processor = new JsonLinesProcessor(extractor, options.Output, options.Parallel);
        _workers = options.Parallel;
    }

    /// <summary>One result per delivery, in the batch's order.</summary>
    public RenderedDocument[] Extract(IReadOnlyList<Delivery> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return OrderedParallel.Select(batch, d => _processor.ProcessLine(Decode(d.Body)), _workers, CancellationToken.None).ToArray();
    }

    // A message body is one input line: a UTF-8 byte-order mark is skipped, as at the start of a JSON Lines file.
    private static string Decode(byte[] body)
    {
        ReadOnlySpan<byte> bytes = body;
        return Utf8.GetString(bytes.StartsWith(Utf8.Preamble) ? bytes[Utf8.Preamble.Length..] : bytes);
    }
}

using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using EntityExtractor.Cli;
using EntityExtractor.Testing;

namespace EntityExtractor.Fuzzing;

/// <summary>
/// What the fuzzer feeds: each target turns the fuzzer's bytes into one input and throws when a property that must
/// hold for any input does not (a crash to AFL). The same targets run once on a file to replay a finding.
/// </summary>
internal static class FuzzTargets
{
    // Created on first use, inside Fuzzer.Run: instrumented code that runs before it has no coverage map to write to.
    private static readonly Lazy<NewsEntityExtractor> Shared = new(() => NewsEntityExtractor.Create());

    private static NewsEntityExtractor Extractor => Shared.Value;

    /// <summary>The targets by name.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["extract"] = Extract,
        ["jsonl"] = JsonLines,
        ["model"] = Model,
    };

    /// <summary>
    /// <see cref="NewsEntityExtractor.Extract(string)"/> on any string: an even first byte decodes the rest as UTF-8,
    /// an odd one reads it as raw UTF-16 code units, so lone and reversed surrogates come through.
    /// </summary>
    public static void Extract(byte[] data)
    {
        string text = ToText(data);
        ExtractionInvariants.CheckResult(text, Extractor.Extract(text));
    }

    /// <summary>The CLI's JSON Lines mode on any bytes: one valid JSON line out for every line in, never an internal error.</summary>
    public static void JsonLines(byte[] data)
    {
        using var input = JsonLinesReader.Open(new MemoryStream(data));
        using var output = new MemoryStream();
        var counts = new JsonLinesProcessor(Extractor, new JsonLinesOptions(true, true)).Process(input, output);
        if (counts.InternalErrors > 0)
        {
            throw new InvariantViolationException($"{counts.InternalErrors} document(s) failed inside the library: {Encoding.UTF8.GetString(output.ToArray())}");
        }

        string written = Encoding.UTF8.GetString(output.ToArray());
        string[] lines = written.Length == 0 ? [] : written[..^1].Split('\n');
        if (lines.Length != counts.Documents || (written.Length > 0 && written[^1] != '\n'))
        {
            throw new InvariantViolationException($"{counts.Documents} lines read but {lines.Length} written");
        }

        foreach (string line in lines)
        {
            using var document = JsonDocument.Parse(line);
            if (!document.RootElement.TryGetProperty("id", out _))
            {
                throw new InvariantViolationException($"an output line has no id: {line}");
            }
        }
    }

    /// <summary>
    /// Loading a damaged model: the input patches bytes of the shipped model (4-byte offset, 1-byte XOR, repeated)
    /// and the checksum is made right again, so damage reaches the section reader. It either loads, and then gives
    /// a sane result, or fails with <see cref="InvalidDataException"/>.
    /// </summary>
    public static void Model(byte[] data)
    {
        var edits = new List<(uint, byte)>();
        for (int i = 0; i + 5 <= data.Length; i += 5)
        {
            edits.Add((BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(i)), data[i + 4]));
        }

        DamagedModels.LoadAndCheck(edits);
    }

    private static string ToText(byte[] data)
    {
        if (data.Length == 0)
        {
            return string.Empty;
        }

        return (data[0] & 1) == 0
            ? Encoding.UTF8.GetString(data, 1, data.Length - 1)
            : new string(MemoryMarshal.Cast<byte, char>(data.AsSpan(1, (data.Length - 1) & ~1)));
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntityExtractor.Cli;

namespace EntityExtractor.Worker.Tests;

/// <summary>
/// News-like documents made from invented sentence templates with a seeded random choice of names, places and
/// numbers, and what the library says about them.
/// </summary>
public static class TestDocuments
{
    private static readonly string[] People = ["Maria Okafor", "John Whitfield", "Ahmed Karimi", "Elena Petrova", "David Mensah", "Sofia Lindqvist", "Tomas Herrera", "Grace Nakamura"];
    private static readonly string[] Places = ["Baghdad", "Nairobi", "Lagos", "Kabul", "Manila", "Lima", "Paris", "Jakarta", "Cairo", "Karachi"];
    private static readonly string[] Organizations = ["United Nations", "Red Cross", "World Health Organization", "European Union", "Reuters", "Interior Ministry"];
    private static readonly string[] Templates =
    [
        "At least {n} people were killed and {m} wounded when a bomb exploded near a market in {place}, police said.",
        "{person}, a spokesman for the {org}, said on Monday that talks in {place} would resume next week.",
        "The {org} reported {n} deaths after floods swept through villages south of {place}.",
        "{person} met {person2} in {place} to discuss trade between the two countries.",
        "Gunmen shot dead {n} soldiers at a checkpoint outside {place} on Tuesday, the army said.",
        "A fire at a factory in {place} injured {m} workers, according to {person} of the {org}.",
        "Officials in {place} said {n} bodies had been recovered from the rubble.",
        "{person} will visit {place} in March, the {org} announced.",
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary><paramref name="count"/> documents with ids <c>doc-00000</c> upwards, the same for the same seed.</summary>
    public static IReadOnlyList<(string Id, string Text)> Create(int count, int seed)
    {
        var random = new Random(seed);
        var documents = new List<(string, string)>(count);
        for (int i = 0; i < count; i++)
        {
            int sentences = random.Next(2, 6);
            var text = string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(random)));
            documents.Add(($"doc-{i:D5}", text));
        }

        return documents;
    }

    /// <summary>The message body of a document: its JSON Lines input line.</summary>
    public static byte[] Message(string id, string text) => JsonSerializer.SerializeToUtf8Bytes(new { id, text });

    /// <summary>
    /// The result object of each document, keyed by id, written from <see cref="NewsEntityExtractor.ExtractMany"/>'s
    /// results by the JSON Lines mode's writer.
    /// </summary>
    public static Dictionary<string, string> ExpectedResults(IReadOnlyList<(string Id, string Text)> documents)
    {
        var extractor = NewsEntityExtractor.Create();
        var expected = new Dictionary<string, string>(documents.Count, StringComparer.Ordinal);
        int i = 0;
        foreach (var result in extractor.ExtractMany(documents.Select(d => d.Text)))
        {
            string id = documents[i++].Id;
            using var idDocument = JsonDocument.Parse(JsonSerializer.Serialize(id));
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                ResultJsonWriter.Write(writer, EntityExtractor.Cli.Documents.DocumentId.FromJson(idDocument.RootElement), result, new JsonLinesOptions(false, false));
            }

            expected.Add(id, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        return expected;
    }

    private static string Sentence(Random random) => Templates[random.Next(Templates.Length)]
        .Replace("{person2}", People[random.Next(People.Length)], StringComparison.Ordinal)
        .Replace("{person}", People[random.Next(People.Length)], StringComparison.Ordinal)
        .Replace("{place}", Places[random.Next(Places.Length)], StringComparison.Ordinal)
        .Replace("{org}", Organizations[random.Next(Organizations.Length)], StringComparison.Ordinal)
        .Replace("{n}", random.Next(2, 60).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{m}", random.Next(2, 200).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

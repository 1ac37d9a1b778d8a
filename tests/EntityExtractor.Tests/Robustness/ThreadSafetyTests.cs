using EntityExtractor.Testing;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Robustness;

/// <summary>One extractor shared by many threads answers exactly as it does on one.</summary>
public sealed class ThreadSafetyTests
{
    private static readonly string[] Subjects = ["At least four soldiers", "Two police officers", "A 12-year-old boy", "Dozens of protesters", "Three members of a pro-Iran faction", "Ahmed Karim, a shop owner,"];
    private static readonly string[] Verbs = ["were killed", "were wounded", "was shot dead", "were kidnapped", "died", "were injured"];
    private static readonly string[] Places = ["in Baghdad", "near Mosul", "in Kandahar on Monday", "outside the U.S. embassy in Kabul", "in Springfield, Ohio", "at a market in Gao"];
    private static readonly string[] Tails = ["police said.", "the Interior Ministry said.", "Governor Maria Lopez told Reuters.", "according to the United Nations.", "a spokesman for Doctors Without Borders said."];

    [Fact]
    public void Extract_SixteenThreadsTenThousandDocuments_GiveTheSequentialResults()
    {
        var extractor = NewsEntityExtractor.Create();
        string[] documents = Enumerable.Range(0, 10_000).Select(Document).ToArray();
        var sequential = documents.Select(extractor.Extract).ToArray();

        var parallel = new ExtractionResult[documents.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = 16 };
        Parallel.For(0, documents.Length, options, i => parallel[i] = extractor.Extract(documents[(i * 7919) % documents.Length]));

        int mismatches = 0;
        for (int i = 0; i < documents.Length; i++)
        {
            mismatches += ExtractionInvariants.Same(parallel[i], sequential[(i * 7919) % documents.Length]) ? 0 : 1;
        }

        mismatches.Should().Be(0);
        sequential.Sum(r => r.Entities.Count).Should().Be(61_304, "the documents name people, organizations and places");
        sequential.Sum(r => r.Casualties.Count).Should().Be(24_501, "the documents report casualties");
    }

    /// <summary>A short invented report, different for each <paramref name="seed"/>; some run to several paragraphs.</summary>
    private static string Document(int seed)
    {
        var random = new Random(seed);
        int sentences = 1 + random.Next(seed % 10 == 0 ? 12 : 3);
        var parts = new List<string>(sentences);
        for (int s = 0; s < sentences; s++)
        {
            parts.Add($"{Pick(Subjects)} {Pick(Verbs)} {Pick(Places)}, {Pick(Tails)}");
        }

        return string.Join(random.Next(3) == 0 ? "\n\n" : " ", parts);

        string Pick(string[] options) => options[random.Next(options.Length)];
    }
}

using EntityExtractor.Testing;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Batching;

public sealed class ExtractAsyncTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    [Fact]
    public async Task ExtractAsync_StreamOfTexts_GivesTheSequentialResultsInOrder()
    {
        string[] texts = Enumerable.Range(0, 200).Select(i => i % 5 == 0 ? string.Empty : $"{i} people were wounded in Kano, Amina Yusuf said.").ToArray();

        var results = new List<ExtractionResult>();
        await foreach (var result in Extractor.ExtractAsync(Slowly(texts), maxDegreeOfParallelism: 2))
        {
            results.Add(result);
        }

        results.Should().HaveCount(200);
        for (int i = 0; i < texts.Length; i++)
        {
            ExtractionInvariants.Same(results[i], Extractor.Extract(texts[i])).Should().BeTrue($"result {i} is the result of text {i}");
        }
    }

    [Fact]
    public void ExtractAsync_NullSource_ThrowsAtOnce()
    {
        var act = () => Extractor.ExtractAsync(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ExtractAsync_ZeroParallelism_ThrowsAtOnce()
    {
        var act = () => Extractor.ExtractAsync(Slowly(["a"]), maxDegreeOfParallelism: 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task ExtractAsync_NullText_ThrowsAtItsPlace()
    {
        var seen = new List<int>();
        Func<Task> act = async () =>
        {
            await foreach (var result in Extractor.ExtractAsync(Slowly(["Kano.", null!, "Lagos."])))
            {
                seen.Add(result.Tokens.Count);
            }
        };

        await act.Should().ThrowAsync<ArgumentNullException>();
        seen.Should().Equal(2);
    }

    [Fact]
    public async Task ExtractAsync_CancelledMidway_StopsWithOperationCanceled()
    {
        using var stop = new CancellationTokenSource();
        int seen = 0;
        Func<Task> act = async () =>
        {
            await foreach (var _ in Extractor.ExtractAsync(Endless(), cancellationToken: stop.Token))
            {
                if (++seen == 10)
                {
                    await stop.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(10);
    }

    private static async IAsyncEnumerable<string> Slowly(IEnumerable<string> texts)
    {
        foreach (string text in texts)
        {
            await Task.Yield();
            yield return text;
        }
    }

    private static async IAsyncEnumerable<string> Endless()
    {
        for (int i = 0; ; i++)
        {
            await Task.Yield();
            yield return $"Report {i} from Kano.";
        }
    }
}

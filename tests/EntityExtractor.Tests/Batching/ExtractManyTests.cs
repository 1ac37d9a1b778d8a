using EntityExtractor.Batching;
using EntityExtractor.Testing;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Batching;

public sealed class ExtractManyTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    [Fact]
    public void ExtractMany_ManyTexts_GivesTheSequentialResultsInOrder()
    {
        string[] texts = Enumerable.Range(0, 500).Select(i => i % 7 == 0 ? string.Empty : $"{i} people were killed in Mosul, Ahmed Karim said on day {i}.").ToArray();

        var many = Extractor.ExtractMany(texts).ToList();

        many.Should().HaveCount(500);
        for (int i = 0; i < texts.Length; i++)
        {
            ExtractionInvariants.Same(many[i], Extractor.Extract(texts[i])).Should().BeTrue($"result {i} is the result of text {i}");
        }
    }

    [Fact]
    public void Select_SlowFirstItem_OthersAreWorkedOnMeanwhile()
    {
        // Item 0 finishes only once five later items have: with head-of-line blocking it would wait out its timeout.
        int finished = 0;
        using var fiveDone = new ManualResetEventSlim();
        bool sawOthersFirst = false;

        var results = OrderedParallel.Select(
            Enumerable.Range(0, 40),
            i =>
            {
                if (i == 0)
                {
                    sawOthersFirst = fiveDone.Wait(TimeSpan.FromSeconds(20));
                    return i;
                }

                if (Interlocked.Increment(ref finished) == 5)
                {
                    fiveDone.Set();
                }

                return i;
            },
            workers: 2,
            CancellationToken.None).ToList();

        results.Should().Equal(Enumerable.Range(0, 40));
        sawOthersFirst.Should().BeTrue();
    }

    [Fact]
    public void Select_ItemThrows_TheExceptionComesOutAtItsPlace()
    {
        var seen = new List<int>();

        var act = () =>
        {
            foreach (int value in OrderedParallel.Select(Enumerable.Range(0, 20), i => i == 7 ? throw new InvalidOperationException("seven") : i, 4, CancellationToken.None))
            {
                seen.Add(value);
            }
        };

        act.Should().Throw<InvalidOperationException>().WithMessage("seven");
        seen.Should().Equal(Enumerable.Range(0, 7));
    }

    [Fact]
    public void ExtractMany_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var results = Extractor.ExtractMany(Enumerable.Repeat("Two died.", 1000), cancellationToken: cancel.Token);

        var act = () =>
        {
            int n = 0;
            foreach (var result in results)
            {
                if (++n == 10)
                {
                    cancel.Cancel();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void ExtractMany_NullTextOrBadDegree_Throw()
    {
        FluentActions.Invoking(() => Extractor.ExtractMany(null!)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => Extractor.ExtractMany(["a"], maxDegreeOfParallelism: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Extractor.ExtractMany(["a", null!]).ToList()).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void ExtractMany_ReadsTheSourceLazily()
    {
        int read = 0;
        IEnumerable<string> Source()
        {
            for (int i = 0; i < 100_000; i++)
            {
                read++;
                yield return "Two died.";
            }
        }

        var first = Extractor.ExtractMany(Source(), maxDegreeOfParallelism: 2).Take(3).ToList();

        first.Should().HaveCount(3);
        read.Should().Be(10, "the window of eight (four a worker) fills before the first result, then one text is read for each further result");
    }
}

using EntityExtractor.Recognition;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class ViterbiDecoderTests
{
    private const int L = BioLabels.Count;

    [Fact]
    public void Decode_EmissionsFavouringInsideAfterOutside_NeverEmitsInsideWithoutBegin()
    {
        // Every token strongly prefers I-PER, which cannot start a sentence: the path must open with B-PER.
        var emissions = new float[3 * L];
        for (int i = 0; i < 3; i++)
        {
            emissions[(i * L) + BioLabels.Inside(EntityType.Person)] = 10;
        }

        var labels = new byte[3];
        ViterbiDecoder.Decode(emissions, 3, new float[ViterbiDecoder.TransitionCount], labels, default, new float[3 * ViterbiDecoder.ScratchPerToken]);

        labels.Select(l => BioLabels.Name(l)).Should().Equal("B-PER", "I-PER", "I-PER");
    }

    [Fact]
    public void Decode_RandomScores_ReturnsTheBestValidPathAndNonNegativeMargins()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            int n = 1 + random.Next(4);
            var emissions = Enumerable.Range(0, n * L).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
            var transitions = Enumerable.Range(0, ViterbiDecoder.TransitionCount).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            var labels = new byte[n];
            var margins = new float[n];

            float score = ViterbiDecoder.Decode(emissions, n, transitions, labels, margins, new float[n * ViterbiDecoder.ScratchPerToken]);

            var (bestScore, bestPath) = BruteForce(emissions, transitions, n);
            score.Should().BeApproximately(bestScore, 1e-4f);
            labels.Should().Equal(bestPath);
            IsValid(labels).Should().BeTrue();
            margins.Should().OnlyContain(m => m >= 0);
        }
    }

    [Theory]
    [InlineData(-1, 2, false)]
    [InlineData(0, 2, false)]
    [InlineData(1, 2, true)]
    [InlineData(2, 2, true)]
    [InlineData(3, 2, false)]
    [InlineData(1, 4, false)]
    [InlineData(0, 1, true)]
    [InlineData(-1, 5, true)]
    public void IsAllowed_Transition_ForbidsInsideWithoutItsType(int previous, int next, bool allowed)
    {
        BioLabels.IsAllowed(previous, next).Should().Be(allowed);
    }

    private static bool IsValid(IReadOnlyList<byte> labels)
    {
        int previous = -1;
        foreach (byte label in labels)
        {
            if (!BioLabels.IsAllowed(previous, label))
            {
                return false;
            }

            previous = label;
        }

        return true;
    }

    private static (float Score, byte[] Path) BruteForce(float[] emissions, float[] transitions, int n)
    {
        float best = float.NegativeInfinity;
        byte[] bestPath = [];
        int total = (int)Math.Pow(L, n);
        for (int code = 0; code < total; code++)
        {
            var path = new byte[n];
            int c = code;
            for (int i = 0; i < n; i++)
            {
                path[i] = (byte)(c % L);
                c /= L;
            }

            if (!IsValid(path))
            {
                continue;
            }

            float score = 0;
            int previous = -1;
            for (int i = 0; i < n; i++)
            {
                score += transitions[((previous + 1) * L) + path[i]] + emissions[(i * L) + path[i]];
                previous = path[i];
            }

            if (score > best)
            {
                best = score;
                bestPath = path;
            }
        }

        return (best, bestPath);
    }
}

using EntityExtractor.Recognition;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class TwoPassWeightsTests
{
    private const int L = BioLabels.Count;
    private const int M = FeatureExtractor.MaxFeaturesPerToken;

    private static LinearStage Stage(Random random, uint[] keys, float scale)
    {
        var weights = new short[keys.Length * L];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        return new LinearStage(keys, weights, scale, new float[ViterbiDecoder.TransitionCount]);
    }

    /// <summary>One stage's emission scores, computed plainly: the sum of the known features' weights, scaled.</summary>
    private static void Reference(LinearStage stage, uint[] features, int[] counts, int n, float[] emissions)
    {
        var rows = new Dictionary<uint, int>();
        for (int row = 0; row < stage.FeatureKeys.Length; row++)
        {
            rows[stage.FeatureKeys[row]] = row;
        }

        for (int i = 0; i < n; i++)
        {
            var sums = new int[L];
            foreach (uint key in features.AsSpan(i * M, counts[i]))
            {
                if (rows.TryGetValue(key, out int row))
                {
                    for (int y = 0; y < L; y++)
                    {
                        sums[y] += stage.Weights[(row * L) + y];
                    }
                }
            }

            for (int y = 0; y < L; y++)
            {
                emissions[(i * L) + y] = sums[y] * stage.WeightScale;
            }
        }
    }

    [Fact]
    public void Score_SharedAndOwnKeys_GivesEachPassTheScoresOfItsOwnStage()
    {
        var random = new Random(5);
        uint[] all = [.. Enumerable.Range(0, 3000).Select(_ => (uint)random.Next(1, int.MaxValue)).Distinct()];
        uint[] firstKeys = all[..2000];
        uint[] secondKeys = all[1000..];
        var first = Stage(random, firstKeys, 0.001f);
        var second = Stage(random, secondKeys, 0.002f);
        var weights = new TwoPassWeights(first, second);

        const int n = 20;
        var features = new uint[n * M];
        var counts = new int[n];
        uint[] hints = [.. Enumerable.Range(0, n).Select(_ => (uint)random.Next(0, 0x10000))];
        for (int i = 0; i < n; i++)
        {
            counts[i] = random.Next(5, M - FeatureExtractor.HintFeatureCount);
            for (int f = 0; f < counts[i]; f++)
            {
                // Known keys of either pass or both, and unknown ones.
                features[(i * M) + f] = random.Next(4) == 0 ? (uint)random.Next(1, int.MaxValue) : all[random.Next(all.Length)];
            }
        }

        var expectedFirst = new float[n * L];
        Reference(first, features, counts, n, expectedFirst);
        var firstEmissions = new float[n * L];
        var sums = new int[n * TwoPassWeights.SumStride];
        weights.Score(features, counts, n, firstEmissions, sums);

        var words = new uint[n * FeatureExtractor.WordFeatureCount];
        FeatureExtractor.KeepWordFeatures(features, n, words);
        var hintFeatures = new uint[n * FeatureExtractor.HintFeatureCount];
        FeatureExtractor.HintFeatures(words, hints, n, hintFeatures);
        var secondEmissions = new float[n * L];
        weights.ScoreSecond(hintFeatures, sums, n, secondEmissions);
        FeatureExtractor.AppendHints(features, counts, n, hints);
        var expectedSecond = new float[n * L];
        Reference(second, features, counts, n, expectedSecond);

        firstEmissions.Should().Equal(expectedFirst);
        secondEmissions.Should().Equal(expectedSecond);
    }
}

namespace EntityExtractor.Recognition;

/// <summary>
/// One linear tagging pass: int16 feature weights (one row of <see cref="BioLabels.Count"/> per kept feature
/// hash) with a single scale, and the BIO transition scores. Immutable and thread-safe.
/// </summary>
internal sealed class LinearStage
{
    private const int L = BioLabels.Count;

    public LinearStage(uint[] featureKeys, short[] weights, float weightScale, float[] transitions)
    {
        ArgumentNullException.ThrowIfNull(featureKeys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        if (weights.Length != featureKeys.Length * L)
        {
            throw new InvalidDataException($"The model has {featureKeys.Length} features but {weights.Length} weights; expected {L} a feature.");
        }

        if (transitions.Length != ViterbiDecoder.TransitionCount)
        {
            throw new InvalidDataException($"The model has {transitions.Length} transition scores; expected {ViterbiDecoder.TransitionCount}.");
        }

        if (!float.IsFinite(weightScale) || weightScale <= 0)
        {
            throw new InvalidDataException($"The model's weight scale {weightScale} is not a positive number.");
        }

        foreach (float t in transitions)
        {
            if (!float.IsFinite(t))
            {
                throw new InvalidDataException("The model has a transition score that is not a finite number.");
            }
        }

        FeatureKeys = featureKeys;
        FeatureRows = new UIntTable(featureKeys);
        Weights = weights;
        WeightScale = weightScale;
        Transitions = transitions;
    }

    public uint[] FeatureKeys { get; }

    public UIntTable FeatureRows { get; }

    public short[] Weights { get; }

    public float WeightScale { get; }

    public float[] Transitions { get; }

    /// <summary>Emission scores of <paramref name="n"/> tokens from their features.</summary>
    public void Score(ReadOnlySpan<uint> features, ReadOnlySpan<int> counts, int n, Span<float> emissions)
    {
        UIntTable rows = FeatureRows;
        short[] weights = Weights;
        Span<int> sums = stackalloc int[L];
        for (int i = 0; i < n; i++)
        {
            sums.Clear();
            int baseIndex = i * FeatureExtractor.MaxFeaturesPerToken;
            for (int f = 0; f < counts[i]; f++)
            {
                int row = rows.Find(features[baseIndex + f]);
                if (row < 0)
                {
                    continue;
                }

                ReadOnlySpan<short> w = weights.AsSpan(row * L, L);
                for (int y = 0; y < L; y++)
                {
                    sums[y] += w[y];
                }
            }

            for (int y = 0; y < L; y++)
            {
                emissions[(i * L) + y] = sums[y] * WeightScale;
            }
        }
    }
}

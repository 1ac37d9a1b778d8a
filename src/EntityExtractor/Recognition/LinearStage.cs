using System.Runtime.InteropServices;

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
        _entries = BuildEntries(featureKeys, weights, out _mask);
        Weights = weights;
        WeightScale = weightScale;
        Transitions = transitions;
    }

    private readonly Entry[] _entries;
    private readonly int _mask;

    public uint[] FeatureKeys { get; }

    public short[] Weights { get; }

    public float WeightScale { get; }

    public float[] Transitions { get; }

    /// <summary>Emission scores of <paramref name="n"/> tokens from their features.</summary>
    public void Score(ReadOnlySpan<uint> features, ReadOnlySpan<int> counts, int n, Span<float> emissions)
    {
        Entry[] entries = _entries;
        int mask = _mask;
        for (int i = 0; i < n; i++)
        {
            int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
            ReadOnlySpan<uint> tokenFeatures = features.Slice(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]);
            foreach (uint key in tokenFeatures)
            {
                int slot = (int)(key & (uint)mask);
                while (true)
                {
                    ref Entry entry = ref entries[slot];
                    if (entry.Key == key)
                    {
                        s0 += entry.W0;
                        s1 += entry.W1;
                        s2 += entry.W2;
                        s3 += entry.W3;
                        s4 += entry.W4;
                        s5 += entry.W5;
                        s6 += entry.W6;
                        break;
                    }

                    if (entry.Key == 0)
                    {
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            Span<float> e = emissions.Slice(i * L, L);
            float scale = WeightScale;
            e[0] = s0 * scale;
            e[1] = s1 * scale;
            e[2] = s2 * scale;
            e[3] = s3 * scale;
            e[4] = s4 * scale;
            e[5] = s5 * scale;
            e[6] = s6 * scale;
        }
    }

    /// <summary>Open addressing with each key's seven weights beside it, so a lookup touches one place in memory.</summary>
    private static Entry[] BuildEntries(uint[] keys, short[] weights, out int mask)
    {
        int size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        var entries = new Entry[size];
        mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = (int)(keys[row] & (uint)mask);
            while (entries[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            ref Entry entry = ref entries[slot];
            entry.Key = keys[row];
            ReadOnlySpan<short> w = weights.AsSpan(row * L, L);
            entry.W0 = w[0];
            entry.W1 = w[1];
            entry.W2 = w[2];
            entry.W3 = w[3];
            entry.W4 = w[4];
            entry.W5 = w[5];
            entry.W6 = w[6];
        }

        return entries;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private struct Entry
    {
        public uint Key;
        public short W0;
        public short W1;
        public short W2;
        public short W3;
        public short W4;
        public short W5;
        public short W6;
    }
}

namespace EntityExtractor.Recognition;

/// <summary>
/// One linear tagging pass: int16 feature weights (one row of <see cref="BioLabels.Count"/> per kept feature
/// hash) with a single scale, and the transition scores. The tagger looks the weights up through
/// <see cref="TwoPassWeights"/>, which holds both passes in one table. Immutable and thread-safe.
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
        Weights = weights;
        WeightScale = weightScale;
        Transitions = transitions;
    }

    public uint[] FeatureKeys { get; }

    public short[] Weights { get; }

    public float WeightScale { get; }

    public float[] Transitions { get; }
}

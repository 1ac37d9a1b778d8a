using System.Buffers.Binary;
using EntityExtractor.ModelFiles;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// The learned incident layer over the clause reader: for each change it could make to the rules' reading of an
/// article (a figure belongs to another event, or to the lead after all; a single victim is a new person, or one told
/// of before), a linear model scores how likely the change makes the summary right, from the features of the figure
/// and from how the change moves the killed and wounded totals. The best change scoring above 0, if any, is made.
/// Trained by distant supervision from document counts (the training tool's <c>train-casualties</c>); immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// File format: the shared <see cref="ModelEnvelope"/> with magic <c>EXCASMDL</c> and version 1; the payload is the
/// uint32 number of features a change (which must be <see cref="IncidentChanges.Dimension"/>), then that many float32
/// weights for each <see cref="IncidentChange"/> in order.
/// </remarks>
internal sealed class IncidentModel
{
    public const int FormatVersion = 1;

    /// <summary>The embedded resource's name.</summary>
    public const string ResourceName = "EntityExtractor.casualty-model.bin";

    private const string What = "casualty model";

    private const int WeightCount = IncidentChanges.Kinds * IncidentChanges.Dimension;

    private static readonly byte[] Magic = "EXCASMDL"u8.ToArray();

    private static readonly Lazy<IncidentModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;

    /// <param name="weights"><see cref="IncidentChanges.Dimension"/> weights for each <see cref="IncidentChange"/>, in order.</param>
    public IncidentModel(float[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != WeightCount)
        {
            throw new ArgumentException($"The incident model needs {WeightCount} weights, not {weights.Length}.", nameof(weights));
        }

        _weights = weights;
    }

    /// <summary>The model shipped inside the assembly, read once on first use.</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt.</exception>
    public static IncidentModel Default => Embedded.Value;

    /// <summary>The weights, <see cref="IncidentChanges.Dimension"/> for each <see cref="IncidentChange"/>.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The score of <paramref name="change"/> on a figure with feature row <paramref name="row"/> and effect <paramref name="delta"/>.</summary>
    public float Score(IncidentChange change, ReadOnlySpan<float> row, ReadOnlySpan<float> delta)
    {
        ReadOnlySpan<float> weights = _weights.AsSpan((int)change * IncidentChanges.Dimension, IncidentChanges.Dimension);
        float sum = 0;
        for (int i = 0; i < IncidentFeatures.Count; i++)
        {
            sum += weights[i] * row[i];
        }

        for (int i = 0; i < IncidentChanges.DeltaCount; i++)
        {
            sum += weights[IncidentFeatures.Count + i] * delta[i];
        }

        return sum;
    }

    /// <summary>Makes the best-scoring change to <paramref name="figures"/> when its score is above 0.</summary>
    public void Revise(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<float> rows, List<RawFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count > IncidentChanges.MaxArticleFigures)
        {
            return;
        }

        CasualtySummary before = CasualtySummarizer.Summarize(text, tokens, figures);
        Span<IncidentChange> changes = stackalloc IncidentChange[IncidentChanges.MaxCandidates];
        Span<float> delta = stackalloc float[IncidentChanges.DeltaCount];
        float best = 0;
        int bestFigure = -1;
        IncidentChange bestChange = default;
        for (int f = 0; f < Math.Min(figures.Count, IncidentChanges.MaxFigures); f++)
        {
            ReadOnlySpan<float> row = rows.Slice(f * IncidentFeatures.Count, IncidentFeatures.Count);
            int count = IncidentChanges.Candidates(figures[f], row, changes);
            for (int c = 0; c < count; c++)
            {
                CasualtySummary after = IncidentChanges.SummarizeWith(text, tokens, figures, f, changes[c]);
                if (!IncidentChanges.Delta(before, after, delta))
                {
                    continue;
                }

                float score = Score(changes[c], row, delta);
                if (score > best)
                {
                    best = score;
                    bestFigure = f;
                    bestChange = changes[c];
                }
            }
        }

        if (bestFigure >= 0)
        {
            figures[bestFigure] = IncidentChanges.Apply(figures[bestFigure], bestChange);
        }
    }

    /// <summary>Reads a model from its file contents.</summary>
    /// <exception cref="InvalidDataException">The data is not a complete, intact casualty model of this version and feature set.</exception>
    public static IncidentModel Read(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<byte> payload = ModelEnvelope.Open(data, Magic, FormatVersion, What);
        if (payload.Length < 4)
        {
            throw new InvalidDataException($"The {What}'s payload is {payload.Length} bytes, shorter than its feature count.");
        }

        uint count = BinaryPrimitives.ReadUInt32LittleEndian(payload);
        if (count != IncidentChanges.Dimension)
        {
            throw new InvalidDataException($"The {What} has {count} features; this library computes {IncidentChanges.Dimension}.");
        }

        if (payload.Length != 4 + (4 * WeightCount))
        {
            throw new InvalidDataException($"The {What}'s payload is {payload.Length} bytes; {IncidentChanges.Kinds} changes of {count} weights take {4 + (4 * WeightCount)}.");
        }

        var weights = new float[WeightCount];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(payload[(4 + (4 * i))..]);
            if (!float.IsFinite(weights[i]))
            {
                throw new InvalidDataException($"The {What}'s weight {i % IncidentChanges.Dimension} of {(IncidentChange)(i / IncidentChanges.Dimension)} is not a finite number.");
            }
        }

        return new IncidentModel(weights);
    }

    /// <summary>Writes the model in the file format.</summary>
    public byte[] Write()
    {
        var payload = new byte[4 + (4 * WeightCount)];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, IncidentChanges.Dimension);
        for (int i = 0; i < _weights.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(payload.AsSpan(4 + (4 * i)), _weights[i]);
        }

        return ModelEnvelope.Seal(payload, Magic, FormatVersion);
    }

    private static IncidentModel LoadEmbedded() => Read(ModelEnvelope.ReadResource(ResourceName, What));
}

using System.Buffers.Binary;
using EntityExtractor.ModelFiles;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// Two linear models over the features of each candidate figure the clause reader found: the lead model decides
/// whether the figure belongs to the article's lead incident (score ≥ 0) or to another event (background); the
/// new-victim model decides whether a single victim ("a man", "the victim", "his sister") is a person not counted
/// before (score ≥ 0) or one told of again. Trained by distant supervision from document counts (the training
/// tool's <c>train-casualties</c>); immutable and thread-safe.
/// </summary>
/// <remarks>
/// File format: the shared <see cref="ModelEnvelope"/> with magic <c>EXCASMDL</c> and version 1; the payload is the
/// uint32 feature count (which must be <see cref="IncidentFeatures.Count"/>), then one float32 weight a feature for
/// the lead model and one a feature for the new-victim model.
/// </remarks>
internal sealed class IncidentModel
{
    public const int FormatVersion = 1;

    /// <summary>The embedded resource's name.</summary>
    public const string ResourceName = "EntityExtractor.casualty-model.bin";

    private const string What = "casualty model";

    private static readonly byte[] Magic = "EXCASMDL"u8.ToArray();

    private static readonly Lazy<IncidentModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;
    private readonly float[] _newWeights;

    public IncidentModel(float[] weights, float[] newWeights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(newWeights);
        if (weights.Length != IncidentFeatures.Count || newWeights.Length != IncidentFeatures.Count)
        {
            throw new ArgumentException($"The incident model needs {IncidentFeatures.Count} weights a model, not {weights.Length} and {newWeights.Length}.", nameof(weights));
        }

        _weights = weights;
        _newWeights = newWeights;
    }

    /// <summary>The model shipped inside the assembly, read once on first use.</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt.</exception>
    public static IncidentModel Default => Embedded.Value;

    /// <summary>The lead model's weights, one a <see cref="IncidentFeature"/>.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The new-victim model's weights, one a <see cref="IncidentFeature"/>.</summary>
    public ReadOnlySpan<float> NewWeights => _newWeights;

    /// <summary>
    /// Sets each figure's background flag from the lead model (arrests stay as the rules left them), and makes a single
    /// victim new (<see cref="Mention.Additive"/>) or told of before (<see cref="Mention.Definite"/>) where the
    /// new-victim model disagrees with the rules.
    /// </summary>
    public void Relabel(ReadOnlySpan<float> rows, Span<RawFigure> figures)
    {
        for (int f = 0; f < figures.Length; f++)
        {
            if (figures[f].Kind == CasualtyKind.Arrested)
            {
                continue;
            }

            ReadOnlySpan<float> row = rows.Slice(f * IncidentFeatures.Count, IncidentFeatures.Count);
            figures[f].IsBackground = Dot(_weights, row) < 0;
            if (row[(int)IncidentFeature.SingleVictim] != 0)
            {
                bool ruleNew = row[(int)IncidentFeature.RuleNew] != 0;
                bool modelNew = Dot(_newWeights, row) >= 0;
                if (modelNew != ruleNew)
                {
                    figures[f].Victims.Mention = modelNew ? Mention.Additive : Mention.Definite;
                }
            }
        }
    }

    private static float Dot(ReadOnlySpan<float> weights, ReadOnlySpan<float> row)
    {
        float sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * row[i];
        }

        return sum;
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
        if (count != IncidentFeatures.Count)
        {
            throw new InvalidDataException($"The {What} has {count} features; this library computes {IncidentFeatures.Count}.");
        }

        if (payload.Length != 4 + (8 * IncidentFeatures.Count))
        {
            throw new InvalidDataException($"The {What}'s payload is {payload.Length} bytes; two models of {count} weights take {4 + (8 * IncidentFeatures.Count)}.");
        }

        return new IncidentModel(ReadWeights(payload[4..], "lead"), ReadWeights(payload[(4 + (4 * IncidentFeatures.Count))..], "new-victim"));
    }

    private static float[] ReadWeights(ReadOnlySpan<byte> data, string model)
    {
        var weights = new float[IncidentFeatures.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(data[(4 * i)..]);
            if (!float.IsFinite(weights[i]))
            {
                throw new InvalidDataException($"The {What}'s {model} weight {i} ({(IncidentFeature)i}) is not a finite number.");
            }
        }

        return weights;
    }

    /// <summary>Writes the model in the file format.</summary>
    public byte[] Write()
    {
        var payload = new byte[4 + (8 * _weights.Length)];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, (uint)_weights.Length);
        for (int i = 0; i < _weights.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(payload.AsSpan(4 + (4 * i)), _weights[i]);
            BinaryPrimitives.WriteSingleLittleEndian(payload.AsSpan(4 + (4 * (_weights.Length + i))), _newWeights[i]);
        }

        return ModelEnvelope.Seal(payload, Magic, FormatVersion);
    }

    private static IncidentModel LoadEmbedded() => Read(ModelEnvelope.ReadResource(ResourceName, What));
}

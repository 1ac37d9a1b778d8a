using System.Buffers.Binary;
using EntityExtractor.ModelFiles;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// A linear model that decides, for each candidate figure the clause reader found, whether it belongs to the
/// article's lead incident (score ≥ 0) or to another event (background). Trained by distant supervision from
/// document counts (the training tool's <c>train-casualties</c>); immutable and thread-safe.
/// </summary>
/// <remarks>
/// File format: the shared <see cref="ModelEnvelope"/> with magic <c>EXCASMDL</c> and version 1; the payload is the
/// uint32 feature count (which must be <see cref="IncidentFeatures.Count"/>) and one float32 weight a feature.
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

    public IncidentModel(float[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != IncidentFeatures.Count)
        {
            throw new ArgumentException($"The incident model needs {IncidentFeatures.Count} weights, not {weights.Length}.", nameof(weights));
        }

        _weights = weights;
    }

    /// <summary>The model shipped inside the assembly, read once on first use.</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt.</exception>
    public static IncidentModel Default => Embedded.Value;

    /// <summary>The weights, one a <see cref="IncidentFeature"/>.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The score of one feature row: positive for the lead incident.</summary>
    public float Score(ReadOnlySpan<float> row)
    {
        float sum = 0;
        for (int i = 0; i < _weights.Length; i++)
        {
            sum += _weights[i] * row[i];
        }

        return sum;
    }

    /// <summary>Sets each figure's background flag from the model (arrests stay as the rules left them).</summary>
    public void Relabel(ReadOnlySpan<float> rows, Span<RawFigure> figures)
    {
        for (int f = 0; f < figures.Length; f++)
        {
            if (figures[f].Kind != CasualtyKind.Arrested)
            {
                figures[f].IsBackground = Score(rows.Slice(f * IncidentFeatures.Count, IncidentFeatures.Count)) < 0;
            }
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
        if (count != IncidentFeatures.Count)
        {
            throw new InvalidDataException($"The {What} has {count} features; this library computes {IncidentFeatures.Count}.");
        }

        if (payload.Length != 4 + (4 * IncidentFeatures.Count))
        {
            throw new InvalidDataException($"The {What}'s payload is {payload.Length} bytes; {count} weights take {4 + (4 * IncidentFeatures.Count)}.");
        }

        var weights = new float[IncidentFeatures.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(payload[(4 + (4 * i))..]);
            if (!float.IsFinite(weights[i]))
            {
                throw new InvalidDataException($"The {What}'s weight {i} ({(IncidentFeature)i}) is not a finite number.");
            }
        }

        return new IncidentModel(weights);
    }

    /// <summary>Writes the model in the file format.</summary>
    public byte[] Write()
    {
        var payload = new byte[4 + (4 * _weights.Length)];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, (uint)_weights.Length);
        for (int i = 0; i < _weights.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(payload.AsSpan(4 + (4 * i)), _weights[i]);
        }

        return ModelEnvelope.Seal(payload, Magic, FormatVersion);
    }

    private static IncidentModel LoadEmbedded() => Read(ModelEnvelope.ReadResource(ResourceName, What));
}

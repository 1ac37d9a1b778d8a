using System.Buffers.Binary;
using System.Text;
using EntityExtractor.ModelFiles;

namespace EntityExtractor.Recognition;

/// <summary>
/// The trained tagger: a first linear pass, an optional second pass that also sees document features
/// (<see cref="DocumentHints"/>), the word classes and gazetteers their features use, and the score calibration.
/// Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// File format (little-endian): the 8 bytes <c>EXNERMDL</c>, uint32 format version, uint32 payload length, the
/// payload (sections: 4-byte ASCII tag, uint32 length, bytes), then the CRC-32 of everything before it.
/// Sections: <c>HEAD</c> (feature set, label count, calibration a and b), <c>PAS1</c> and optional <c>PAS2</c>
/// (weight scale, count, keys, int16 weights × 8, 9 × 8 float32 transitions), optional <c>WCLS</c> (count,
/// keys, packed classes), <c>GAZT</c> and <c>LEXI</c> (count, longest phrase, keys, kinds), optional <c>GZPF</c>
/// (count, keys of the gazetteer phrases' proper prefixes; readers that skip it match more slowly, alike).
/// Version 2: the second pass also sees the types of multi-token spans a word ends or begins elsewhere, and the
/// document's mix of span types. Version 3: eight labels, <c>MISC</c> learned as its own (<see cref="BioLabels"/>),
/// and the document features packed to hold it (<see cref="DocumentHints"/>).
/// </remarks>
internal sealed class TaggerModel
{
    public const int FormatVersion = 3;
    private static readonly byte[] Magic = "EXNERMDL"u8.ToArray();

    public TaggerModel(FeatureSet featureSet, LinearStage first, LinearStage? second, WordClassTable? wordClasses, Gazetteer? gazetteer, Calibration calibration, Gazetteer? lexicon = null)
    {
        Lexicon = lexicon;
        ArgumentNullException.ThrowIfNull(first);
        FeatureSet = featureSet;
        First = first;
        Second = second;
        WordClasses = wordClasses;
        Gazetteer = gazetteer;
        Calibration = calibration;
        Features = new FeatureExtractor(featureSet, wordClasses, gazetteer, lexicon);
        Weights = new TwoPassWeights(first, second);
    }

    /// <summary>Both passes' weights in one table, as the tagger looks them up.</summary>
    public TwoPassWeights Weights { get; }

    public FeatureSet FeatureSet { get; }

    public LinearStage First { get; }

    public LinearStage? Second { get; }

    public WordClassTable? WordClasses { get; }

    public Gazetteer? Gazetteer { get; }

    public Calibration Calibration { get; }

    /// <summary>Names annotated in the training data, by type bits (when the feature set has <see cref="FeatureSet.Lexicon"/>).</summary>
    public Gazetteer? Lexicon { get; }

    public FeatureExtractor Features { get; }

    /// <summary>Kept features over both passes.</summary>
    public int FeatureCount => First.FeatureKeys.Length + (Second?.FeatureKeys.Length ?? 0);

    /// <summary>The same model with another calibration.</summary>
    public TaggerModel WithCalibration(Calibration calibration) =>
        new(FeatureSet, First, Second, WordClasses, Gazetteer, calibration, Lexicon);

    /// <summary>Reads a model from its file contents.</summary>
    /// <exception cref="InvalidDataException">The data is not a complete, intact model of a supported version.</exception>
    public static TaggerModel Read(ReadOnlySpan<byte> data)
    {
        var reader = new SectionReader(ModelEnvelope.Open(data, Magic, FormatVersion, "entity model"));
        return reader.ReadModel();
    }

    /// <summary>Writes the model in the file format.</summary>
    public byte[] Write()
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.ASCII, leaveOpen: true))
        {
            WriteSection(w, "HEAD", s =>
            {
                s.Write((int)FeatureSet);
                s.Write(BioLabels.Count);
                s.Write(Calibration.A);
                s.Write(Calibration.B);
            });
            WriteSection(w, "PAS1", s => WriteStage(s, First));
            if (Second is { } second)
            {
                WriteSection(w, "PAS2", s => WriteStage(s, second));
            }

            if (WordClasses is { } classes)
            {
                WriteSection(w, "WCLS", s =>
                {
                    s.Write(classes.Count);
                    foreach (uint key in classes.Keys)
                    {
                        s.Write(key);
                    }

                    foreach (uint value in classes.Values)
                    {
                        s.Write(value);
                    }
                });
            }

            if (Gazetteer is { } gazetteer)
            {
                WriteSection(w, "GAZT", s => WriteGazetteer(s, gazetteer));
                if (gazetteer.Prefixes is { } prefixes)
                {
                    WriteSection(w, "GZPF", s =>
                    {
                        s.Write(prefixes.Length);
                        foreach (uint key in prefixes)
                        {
                            s.Write(key);
                        }
                    });
                }
            }

            if (Lexicon is { } lexicon)
            {
                WriteSection(w, "LEXI", s => WriteGazetteer(s, lexicon));
            }
        }

        return ModelEnvelope.Seal(payload.ToArray(), Magic, FormatVersion);
    }

    private static void WriteGazetteer(BinaryWriter s, Gazetteer gazetteer)
    {
        s.Write(gazetteer.Count);
        s.Write(gazetteer.MaxTokens);
        foreach (uint key in gazetteer.Keys)
        {
            s.Write(key);
        }

        foreach (byte kind in gazetteer.Kinds)
        {
            s.Write(kind);
        }
    }

    private static void WriteStage(BinaryWriter s, LinearStage stage)
    {
        s.Write(stage.WeightScale);
        s.Write(stage.FeatureKeys.Length);
        foreach (uint key in stage.FeatureKeys)
        {
            s.Write(key);
        }

        foreach (short weight in stage.Weights)
        {
            s.Write(weight);
        }

        foreach (float t in stage.Transitions)
        {
            s.Write(t);
        }
    }

    private static void WriteSection(BinaryWriter writer, string tag, Action<BinaryWriter> write)
    {
        using var section = new MemoryStream();
        using (var s = new BinaryWriter(section, Encoding.ASCII, leaveOpen: true))
        {
            write(s);
        }

        writer.Write(Encoding.ASCII.GetBytes(tag));
        writer.Write((uint)section.Length);
        writer.Write(section.GetBuffer(), 0, (int)section.Length);
    }

    /// <summary>Reads the sections of a checked payload, failing with a clear message on any inconsistency.</summary>
    private ref struct SectionReader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;
        private string _section;

        public SectionReader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _position = 0;
            _section = "payload";
        }

        public TaggerModel ReadModel()
        {
            FeatureSet? set = null;
            var calibration = default(Calibration);
            LinearStage? first = null, second = null;
            WordClassTable? classes = null;
            Gazetteer? gazetteer = null;
            Gazetteer? lexicon = null;
            uint[]? prefixes = null;
            while (_position < _data.Length)
            {
                _section = "payload";
                string tag = Encoding.ASCII.GetString(Take(4));
                int length = Count(Take(4), 1);
                int end = _position + length;
                _section = tag;
                switch (tag)
                {
                    case "HEAD":
                        set = (FeatureSet)ReadInt();
                        int labels = ReadInt();
                        if (labels != BioLabels.Count)
                        {
                            throw new InvalidDataException($"The entity model has {labels} labels; this library expects {BioLabels.Count}.");
                        }

                        calibration = new Calibration(ReadFloat(), ReadFloat());
                        break;
                    case "PAS1":
                        first = ReadStage();
                        break;
                    case "PAS2":
                        second = ReadStage();
                        break;
                    case "WCLS":
                        {
                            int n = Count(Take(4), 8);
                            classes = new WordClassTable(ReadUInts(n), ReadUInts(n));
                            break;
                        }

                    case "GAZT":
                        gazetteer = ReadGazetteer();
                        break;
                    case "GZPF":
                        prefixes = ReadUInts(Count(Take(4), 4));
                        break;
                    case "LEXI":
                        lexicon = ReadGazetteer();
                        break;

                    default:
                        // Unknown sections from later minor revisions are skipped.
                        _position = end;
                        break;
                }

                if (_position != end)
                {
                    throw new InvalidDataException($"The entity model's section '{tag}' is {length} bytes but its contents take {_position - (end - length)}.");
                }
            }

            if (set is null || first is null)
            {
                throw new InvalidDataException("The entity model lacks a required section (HEAD and PAS1 are required).");
            }

            if ((set.Value & FeatureSet.WordClasses) != 0 && classes is null || (set.Value & FeatureSet.Gazetteers) != 0 && gazetteer is null
                || (set.Value & FeatureSet.Lexicon) != 0 && lexicon is null)
            {
                throw new InvalidDataException($"The entity model's features ({set.Value}) need a section it lacks (WCLS, GAZT or LEXI).");
            }

            if (prefixes is not null && gazetteer is not null)
            {
                gazetteer = gazetteer.WithPrefixes(prefixes);
            }

            return new TaggerModel(set.Value, first, second, classes, gazetteer, calibration, lexicon);
        }

        private Gazetteer ReadGazetteer()
        {
            int n = Count(Take(4), 5);
            int maxTokens = ReadInt();
            uint[] keys = ReadUInts(n);
            return new Gazetteer(keys, Take(n).ToArray(), maxTokens);
        }

        private LinearStage ReadStage()
        {
            float scale = ReadFloat();
            int n = Count(Take(4), 4 + (2 * BioLabels.Count));
            uint[] keys = ReadUInts(n);
            var weights = new short[n * BioLabels.Count];
            ReadOnlySpan<byte> raw = Take(weights.Length * 2);
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] = BinaryPrimitives.ReadInt16LittleEndian(raw[(2 * i)..]);
            }

            var transitions = new float[ViterbiDecoder.TransitionCount];
            for (int i = 0; i < transitions.Length; i++)
            {
                transitions[i] = ReadFloat();
            }

            return new LinearStage(keys, weights, scale, transitions);
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > _data.Length - _position)
            {
                throw new InvalidDataException($"The entity model's '{_section}' section is truncated: {count} more bytes were expected at offset {_position}.");
            }

            var slice = _data.Slice(_position, count);
            _position += count;
            return slice;
        }

        private int ReadInt() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        private float ReadFloat() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        private uint[] ReadUInts(int n)
        {
            ReadOnlySpan<byte> raw = Take(n * 4);
            var values = new uint[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = BinaryPrimitives.ReadUInt32LittleEndian(raw[(4 * i)..]);
            }

            return values;
        }

        /// <summary>A count that must be non-negative and fit in what remains at <paramref name="bytesEach"/> bytes each.</summary>
        private readonly int Count(ReadOnlySpan<byte> bytes, int bytesEach)
        {
            uint n = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            if (n > (uint)(_data.Length - _position) / (uint)bytesEach)
            {
                throw new InvalidDataException($"The entity model's '{_section}' section announces {n} entries, more than the {_data.Length - _position} remaining bytes can hold.");
            }

            return (int)n;
        }
    }
}

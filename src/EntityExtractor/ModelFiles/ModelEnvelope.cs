using System.Buffers.Binary;
using EntityExtractor.Recognition;

namespace EntityExtractor.ModelFiles;

/// <summary>
/// The envelope every model file of this library shares: 8 ASCII magic bytes, uint32 format version, uint32 payload
/// length, the payload, then the CRC-32 of everything before it (little-endian). <see cref="Open"/> checks all of it
/// and names what is wrong, so each model reads only its own payload.
/// </summary>
internal static class ModelEnvelope
{
    /// <summary>Bytes before the payload: magic, version, payload length.</summary>
    public const int HeaderLength = 16;

    /// <summary>The payload of an intact file.</summary>
    /// <param name="data">The whole file.</param>
    /// <param name="magic">The 8 bytes the file must start with.</param>
    /// <param name="version">The one format version this library reads.</param>
    /// <param name="what">The model's name in messages ("entity model").</param>
    /// <exception cref="InvalidDataException">The file is truncated, padded, of another kind or version, or fails its checksum.</exception>
    public static ReadOnlySpan<byte> Open(ReadOnlySpan<byte> data, ReadOnlySpan<byte> magic, int version, string what)
    {
        if (data.Length < HeaderLength + 4)
        {
            throw new InvalidDataException($"The {what} is truncated: {data.Length} bytes is shorter than its {HeaderLength + 4}-byte header and checksum.");
        }

        if (!data[..8].SequenceEqual(magic))
        {
            throw new InvalidDataException($"This is not {("aeiou".Contains(what[0], StringComparison.Ordinal) ? "an" : "a")} {what}: it does not start with the bytes '{System.Text.Encoding.ASCII.GetString(magic)}'.");
        }

        int stored = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        if (stored != version)
        {
            throw new InvalidDataException($"The {what} has format version {stored}; this library reads version {version}.");
        }

        uint payloadLength = BinaryPrimitives.ReadUInt32LittleEndian(data[12..]);
        if (payloadLength != (uint)(data.Length - HeaderLength - 4))
        {
            throw new InvalidDataException($"The {what} is truncated or padded: its header announces {payloadLength} payload bytes but {data.Length - HeaderLength - 4} are present.");
        }

        uint storedCrc = BinaryPrimitives.ReadUInt32LittleEndian(data[^4..]);
        uint actualCrc = Crc32.Compute(data[..^4]);
        if (storedCrc != actualCrc)
        {
            throw new InvalidDataException($"The {what} is corrupt: its CRC-32 is {actualCrc:x8} but {storedCrc:x8} was stored.");
        }

        return data.Slice(HeaderLength, (int)payloadLength);
    }

    /// <summary>The bytes of a model file embedded in this assembly.</summary>
    /// <exception cref="InvalidDataException">The assembly lacks the resource.</exception>
    public static byte[] ReadResource(string resourceName, string what)
    {
        using Stream stream = typeof(ModelEnvelope).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"The assembly lacks its embedded {what} '{resourceName}'.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>A whole file around <paramref name="payload"/>.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> magic, int version)
    {
        var file = new byte[HeaderLength + payload.Length + 4];
        magic.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(8), version);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(12), (uint)payload.Length);
        payload.CopyTo(file.AsSpan(HeaderLength));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(file.Length - 4), Crc32.Compute(file.AsSpan(0, file.Length - 4)));
        return file;
    }
}

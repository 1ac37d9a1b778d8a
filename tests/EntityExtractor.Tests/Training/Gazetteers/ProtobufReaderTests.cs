using EntityExtractor.Training.Gazetteers;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.Gazetteers;

public sealed class ProtobufReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x00 }, 0UL)]
    [InlineData(new byte[] { 0x01 }, 1UL)]
    [InlineData(new byte[] { 0xAC, 0x02 }, 300UL)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, ulong.MaxValue)]
    public void ReadVarint_EncodedValue_ReturnsValue(byte[] bytes, ulong expected)
    {
        var reader = new ProtobufReader(bytes);

        reader.ReadVarint().Should().Be(expected);
        reader.AtEnd.Should().BeTrue();
    }

    [Theory]
    [InlineData(new byte[] { 0x00 }, 0L)]
    [InlineData(new byte[] { 0x01 }, -1L)]
    [InlineData(new byte[] { 0x02 }, 1L)]
    [InlineData(new byte[] { 0x03 }, -2L)]
    [InlineData(new byte[] { 0xA8, 0x9F, 0x0B }, 92_116L)]
    public void ReadSignedVarint_ZigZagValue_ReturnsSignedValue(byte[] bytes, long expected)
    {
        var reader = new ProtobufReader(bytes);

        reader.ReadSignedVarint().Should().Be(expected);
    }

    [Fact]
    public void ReadKeyAndString_LengthDelimitedField_ReturnsFieldAndText()
    {
        byte[] bytes = [0x12, 0x05, (byte)'M', (byte)'o', (byte)'s', (byte)'u', (byte)'l'];
        var reader = new ProtobufReader(bytes);

        var (field, wireType) = reader.ReadKey();
        string text = reader.ReadString();

        (field, wireType).Should().Be((2, 2));
        text.Should().Be("Mosul");
    }

    [Fact]
    public void ReadVarint_Truncated_ThrowsInvalidDataException()
    {
        byte[] bytes = [0x80, 0x80];

        Action act = () => new ProtobufReader(bytes).ReadVarint();

        act.Should().Throw<InvalidDataException>().WithMessage("*ends inside a varint*");
    }

    [Fact]
    public void ReadBytes_LengthPastEnd_ThrowsInvalidDataException()
    {
        byte[] bytes = [0x09, 0x41];

        Action act = () => new ProtobufReader(bytes).ReadBytes();

        act.Should().Throw<InvalidDataException>().WithMessage("*runs past the end*");
    }

    [Fact]
    public void Skip_UnknownWireType_ThrowsInvalidDataException()
    {
        Action act = () => new ProtobufReader([0x00]).Skip(3);

        act.Should().Throw<InvalidDataException>().WithMessage("*wire type 3*");
    }
}

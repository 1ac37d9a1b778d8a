namespace EntityExtractor.Casualties.Incidents;

/// <summary>One change the incident model can make to the rules' reading of an article: one figure's background flag, or one victim's newness.</summary>
internal enum IncidentChange : byte
{
    /// <summary>A figure the rules counted belongs to another event.</summary>
    ToBackground,

    /// <summary>A figure the rules left out belongs to the lead incident.</summary>
    ToLead,

    /// <summary>A single victim the rules took for one told of before is a new person (<see cref="Mention.Additive"/>).</summary>
    ToNew,

    /// <summary>A single victim the rules counted as new was told of before (<see cref="Mention.Definite"/>).</summary>
    ToRestated,
}

namespace EntityExtractor.Casualties;

/// <summary>How a trigger word relates to the people it counts.</summary>
internal enum TriggerForm : byte
{
    /// <summary>Not a trigger.</summary>
    None = 0,

    /// <summary>A past participle or past tense ("killed", "shot", "wounded"): passive subject or active object.</summary>
    Participle,

    /// <summary>A gerund ("killing", "wounding"): the victims follow.</summary>
    Gerund,

    /// <summary>An intransitive verb ("died"): the victims precede.</summary>
    Intransitive,

    /// <summary>A predicate adjective ("dead", "missing"): "5 dead", "were found dead".</summary>
    Adjective,

    /// <summary>"toll" in "death toll": the count follows.</summary>
    Toll,

    /// <summary>A plural noun counted by the number before it ("five deaths").</summary>
    CountNoun,

    /// <summary>"suffered"/"sustained" followed by injuries or wounds: the victims precede.</summary>
    Suffered,

    /// <summary>"condition" in "in critical condition": the victims precede "in".</summary>
    Condition,

    /// <summary>"himself"/"herself" in "turned the gun on himself".</summary>
    Reflexive,

    /// <summary>"life" in "took his own life".</summary>
    OwnLife,

    /// <summary>A participle that counts only in the passive ("was struck by gunfire", "was hit in the leg").</summary>
    PassiveOnly,

    /// <summary>"death" in "the (shooting) death of a 17-month-old".</summary>
    DeathOf,

    /// <summary>"sent" in "sent four people to the hospital".</summary>
    SentToHospital,

    /// <summary>"with" in "three people with gunshot wounds".</summary>
    WithWounds,

    /// <summary>"victims" in "four shooting victims".</summary>
    VictimNoun,

    /// <summary>"murder-suicide", "committed suicide": the attacker died.</summary>
    Suicide,

    /// <summary>"taken" in "was taken to a hospital": hurt, outcome unknown.</summary>
    ToHospital,

    /// <summary>"fatal"/"deadly" before "shooting", "double"/"triple" before "homicide": an implicit count.</summary>
    Implicit,

    /// <summary>"survive"/"save" after a negation: "did not survive", "doctors could not save him".</summary>
    NotSurvived,
}

/// <summary>What a trigger word says happened: the kind, and whether it is "shot" (outcome unknown).</summary>
internal readonly record struct Trigger(CasualtyKind Kind, TriggerForm Form, bool IsShot = false);

namespace PartnerCenter.Emulator.Store;

/// <summary>
/// One qualification of a customer: its kind, for the rule that a customer applies for each kind once, and its JSON as
/// served. Kept as text because the documented bodies spell the vetting date two ways (<c>vettingCreateDate</c>,
/// <c>vettingCreatedDate</c>) and a seeded one is served exactly as written.
/// </summary>
internal sealed record StoredQualification(string Kind, string? VettingStatus, string Json);

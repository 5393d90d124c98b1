namespace PartnerCenter.Emulator.Requests;

/// <summary>The body of a PATCH on a customer. Only <c>relationshipToPartner</c> is read: it is the one documented change.</summary>
internal sealed record CustomerPatchInput(string? RelationshipToPartner = null);

namespace PartnerCenter.Emulator.Requests;

/// <summary>An application for a qualification (the spec's <c>CustomerQualificationRequest</c>).</summary>
internal sealed record QualificationInput(
    string? Qualification = null,
    string? EducationSegment = null,
    string? Website = null,
    string? ValidationCode = null);

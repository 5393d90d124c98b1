using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Validation;

namespace PartnerCenter.Emulator.Qualifications;

/// <summary>
/// What an application for a qualification needs: one of the kinds that can be applied for (Education, needing an
/// education segment; GovernmentCommunityCloud, needing a validation code; StateOwnedEntity, needing nothing).
/// Names are matched without regard to case and written as the spec spells them.
/// </summary>
internal static class QualificationRules
{
    public const string Education = "Education";
    public const string GovernmentCommunityCloud = "GovernmentCommunityCloud";
    public const string StateOwnedEntity = "StateOwnedEntity";

    private static readonly string[] ApplicableKinds = [Education, GovernmentCommunityCloud, StateOwnedEntity];
    private static readonly string[] EducationSegments = ["K12", "HigherEducation"];

    public static ValidationProblem? Check(QualificationInput input, out string kind)
    {
        kind = string.Empty;
        if (string.IsNullOrWhiteSpace(input.Qualification))
        {
            return ValidationProblem.Missing("qualification");
        }

        if (Canonical(input.Qualification, ApplicableKinds) is not { } canonical)
        {
            // None and Nonprofit can be read but not applied for.
            return ValidationProblem.Invalid("qualification", "must be Education, GovernmentCommunityCloud or StateOwnedEntity");
        }

        kind = canonical;
        if (kind == Education && Canonical(input.EducationSegment, EducationSegments) is null)
        {
            return ValidationProblem.Invalid("educationSegment", "must be K12 or HigherEducation for an Education qualification");
        }

        if (kind == GovernmentCommunityCloud && string.IsNullOrWhiteSpace(input.ValidationCode))
        {
            return ValidationProblem.Missing("validationCode");
        }

        return null;
    }

    private static string? Canonical(string? value, string[] names) =>
        names.FirstOrDefault(name => string.Equals(name, value, StringComparison.OrdinalIgnoreCase));
}

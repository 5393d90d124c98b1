namespace PartnerCenter.Emulator.Validation;

/// <summary>Why a request body was refused. Each operation maps the kind to its documented error code.</summary>
internal sealed record ValidationProblem(ProblemKind Kind, string Description, string? CountryRuleCode = null)
{
    public static ValidationProblem Missing(string path) => new(ProblemKind.Missing, $"{path} is required.");

    public static ValidationProblem Invalid(string path, string requirement) => new(ProblemKind.Invalid, $"{path} {requirement}.");

    public static ValidationProblem CountryRule(string code, string description) => new(ProblemKind.CountryRule, description, code);
}

internal enum ProblemKind
{
    /// <summary>A required member is absent, null or blank.</summary>
    Missing,

    /// <summary>A member has a value the service does not accept.</summary>
    Invalid,

    /// <summary>A rule of the company's country is broken; the problem carries the documented code.</summary>
    CountryRule,
}

using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A program as saved, with its sanity check against the shop's purchases.</summary>
internal sealed record SavedProgram(LoyaltyProgram Program, SanityReport Sanity);

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>A reward to issue; where it comes from is the program, the meeting, or neither (given by hand).</summary>
internal sealed record NewReward(
    long ContactId, long? CardId, long? ProgramId, long? MeetingId, string Kind, decimal Value, string Label, DateOnly IssuedOn, DateOnly? ExpiresOn);

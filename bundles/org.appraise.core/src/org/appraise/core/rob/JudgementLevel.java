package org.appraise.core.rob;

/**
 * One judgement a tool allows (Low, Some concerns, Serious, Good...), in the tool's order from least to most
 * concern. The tone is what a figure colours it by ({@code low, some, high, critical, unknown}); the symbol is
 * robvis's ({@code + - X ! ?}).
 */
public record JudgementLevel(String id, String label, String tone, String symbol) {
}

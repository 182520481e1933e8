package corpus.bank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small ledger: accounts of three kinds (an abstract class, overriding and super calls), money as BigDecimal
 * with scale 2, checked exceptions for insufficient funds and unknown accounts, transfers that roll back on
 * failure, monthly interest and fees, a transaction log, and a report ordered by account number in a TreeMap.
 */
public class Main {
    static final class InsufficientFunds extends Exception {
        InsufficientFunds(String account, BigDecimal needed, BigDecimal available) {
            super("account " + account + " needs " + needed + " but has " + available);
        }
    }

    static final class UnknownAccount extends Exception {
        UnknownAccount(String id) {
            super("no account " + id);
        }
    }

    static abstract class Account {
        final String id;
        final String owner;
        BigDecimal balance = BigDecimal.ZERO.setScale(2);

        Account(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        void deposit(BigDecimal amount) {
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("deposit must be positive: " + amount);
            }
            balance = balance.add(amount);
        }

        void withdraw(BigDecimal amount) throws InsufficientFunds {
            if (balance.add(overdraft()).compareTo(amount) < 0) {
                throw new InsufficientFunds(id, amount, balance);
            }
            balance = balance.subtract(amount);
        }

        BigDecimal overdraft() {
            return BigDecimal.ZERO;
        }

        abstract void endOfMonth();

        String kind() {
            return getClass().getSimpleName();
        }
    }

    static final class Checking extends Account {
        Checking(String id, String owner) {
            super(id, owner);
        }

        @Override
        BigDecimal overdraft() {
            return new BigDecimal("100.00");
        }

        @Override
        void endOfMonth() {
            if (balance.signum() < 0) {
                balance = balance.subtract(new BigDecimal("5.00"));
            }
        }
    }

    static class Savings extends Account {
        final BigDecimal rate;

        Savings(String id, String owner, String rate) {
            super(id, owner);
            this.rate = new BigDecimal(rate);
        }

        @Override
        void endOfMonth() {
            BigDecimal interest = balance.multiply(rate).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
            balance = balance.add(interest);
        }
    }

    static final class Locked extends Savings {
        Locked(String id, String owner) {
            super(id, owner, "0.05");
        }

        @Override
        void withdraw(BigDecimal amount) throws InsufficientFunds {
            throw new UnsupportedOperationException("account " + id + " is locked");
        }

        @Override
        String kind() {
            return "Locked" + super.kind();
        }
    }

    final Map<String, Account> accounts = new TreeMap<>();
    final List<String> log = new ArrayList<>();

    Account find(String id) throws UnknownAccount {
        Account a = accounts.get(id);
        if (a == null) {
            throw new UnknownAccount(id);
        }
        return a;
    }

    void transfer(String from, String to, String amount) {
        BigDecimal value = new BigDecimal(amount);
        try {
            Account source = find(from);
            Account target = find(to);
            source.withdraw(value);
            try {
                target.deposit(value);
            } catch (RuntimeException e) {
                source.balance = source.balance.add(value);
                throw e;
            }
            log.add("transfer " + value + " " + from + " -> " + to);
        } catch (InsufficientFunds | UnknownAccount e) {
            log.add("failed: " + e.getMessage());
        } catch (RuntimeException e) {
            log.add("refused: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Main bank = new Main();
        for (Account a : List.of(new Checking("C-100", "ada"), new Savings("S-200", "ada", "0.03"),
                new Checking("C-300", "bob"), new Locked("L-400", "bob"))) {
            bank.accounts.put(a.id, a);
        }
        bank.accounts.get("C-100").deposit(new BigDecimal("250.00"));
        bank.accounts.get("S-200").deposit(new BigDecimal("1000.00"));
        bank.accounts.get("L-400").deposit(new BigDecimal("500.00"));
        bank.transfer("C-100", "C-300", "300.00");
        bank.transfer("C-100", "C-300", "100.00");
        bank.transfer("S-200", "C-100", "120.50");
        bank.transfer("L-400", "C-100", "1.00");
        bank.transfer("C-300", "X-999", "1.00");
        bank.transfer("S-200", "C-300", "-5.00");
        bank.transfer("S-200", "S-200", "0.01");
        for (int month = 1; month <= 3; month++) {
            for (Account a : bank.accounts.values()) {
                a.endOfMonth();
            }
        }
        bank.log.forEach(System.out::println);
        BigDecimal total = BigDecimal.ZERO;
        for (Account a : bank.accounts.values()) {
            System.out.printf("%-6s %-14s %-4s %10s%n", a.id, a.kind(), a.owner, a.balance);
            total = total.add(a.balance);
        }
        System.out.println("total " + total);
        Map<String, BigDecimal> byOwner = new TreeMap<>();
        for (Account a : bank.accounts.values()) {
            byOwner.merge(a.owner, a.balance, BigDecimal::add);
        }
        System.out.println("by owner " + byOwner);
    }
}
